// Roles for real: the sandbox's account database is owned by app_owner and granted to app_reader,
// which an emptied target does not have. With the default (create the roles) the row passes and says
// which roles will be created; with --no-roles `check` fails with the blocker code naming them.
#include "CliRun.h"
#include "Sandbox.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

class TstPreflightRoles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        bool ok = false;
        const QString roles = sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                                         QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('app_owner', 'app_reader')"), &ok);
        QVERIFY(ok);
        QCOMPARE(roles.trimmed(), QStringLiteral("0"));
    }

    void createdFromTheSourceByDefault()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account")), sandboxPgEnv(),
                                     m_dir.filePath(QStringLiteral("default")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  The roles the databases use exist on the target")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("created from the source's roles before the restore: app_owner")));
    }

    void missingRolesBlockWithoutThem()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account")) << QStringLiteral("--no-roles"),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("no-roles")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  The roles the databases use exist on the target")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("missing on the target: app_owner")));
        QVERIFY(r.out.contains(QStringLiteral("app_reader")));
        QVERIFY(r.out.contains(QStringLiteral("CREATE ROLE")));
    }
};

QTEST_GUILESS_MAIN(TstPreflightRoles)
#include "tst_preflight_roles.moc"

// The version rows for real. Only PostgreSQL 15 is installed here, so a too-old target is made by the
// floor the DBA may set (--min-target-version 16): the target's 15 is then refused with the remedy, and
// the default floor (the source's major version) passes the same pair. A tools folder with psql only
// fails the client-tools rows (pg_dump on the source, pg_restore on the target).
#include "CliRun.h"
#include "Sandbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

class TstPreflightVersion : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up"); }

    void samemajorPasses()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account")), sandboxPgEnv(),
                                     m_dir.filePath(QStringLiteral("same")));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  The target is not older than the source")), qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  pg_dump on the source host is new enough")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  pg_restore on the target host is new enough")), qPrintable(r.out));
    }

    void olderThanTheFloorBlocks()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
                                         << QStringLiteral("--min-target-version") << QStringLiteral("16"),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("floor")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  The target is not older than the source")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("target major ≥ 16 (the minimum you set)")));
        QVERIFY(r.out.contains(QStringLiteral("source 15.")));
        QVERIFY(r.out.contains(QStringLiteral("Upgrade the target to PostgreSQL 16 or newer")));

        const CliRun bad = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
                                           << QStringLiteral("--min-target-version") << QStringLiteral("sixteen"),
                                       sandboxPgEnv(), m_dir.filePath(QStringLiteral("bad")));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("give a PostgreSQL major version such as 16")), qPrintable(bad.all()));
    }

    // A tools folder holding only psql (linked to the real one): the server answers, the tool is missing.
    void missingToolsBlock()
    {
        QTemporaryDir onlyPsql;
        QVERIFY(QFile::link(Sandbox::instance().value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/psql"),
                            onlyPsql.filePath(QStringLiteral("psql"))));
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
                                         << QStringLiteral("--source-bindir") << onlyPsql.path(),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("no-pg_dump")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  PostgreSQL on the source answers")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  pg_dump on the source host is new enough")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Install the PostgreSQL client tools on the source host")));

        const CliRun t = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
                                         << QStringLiteral("--target-bindir") << onlyPsql.path(),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("no-pg_restore")));
        QVERIFY2(t.exitCode == 2, qPrintable(t.all()));
        QVERIFY2(t.out.contains(QStringLiteral("PASS  PostgreSQL on the target answers")), qPrintable(t.out));
        QVERIFY2(t.out.contains(QStringLiteral("FAIL  pg_restore on the target host is new enough")), qPrintable(t.out));
    }
};

QTEST_GUILESS_MAIN(TstPreflightVersion)
#include "tst_preflight_version.moc"

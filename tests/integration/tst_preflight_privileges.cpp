// The privileges check for real: a NOSUPERUSER NOCREATEDB NOCREATEROLE login role (pgx_limited, with a
// password given through the environment) on both sandbox clusters, and a scratch source database with
// one table granted to it and one not. As the source role `check` fails with the blocker code naming
// the unreadable table and the pg_dumpall right; as the target role naming CREATEDB and CREATEROLE; in
// stop-write with hold writes naming ownership, pg_signal_backend and pg_read_all_stats. The default
// superuser pair passes both rows.
#include "CliRun.h"
#include "Sandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const char *kDb = "pgx_privs";
const char *kRole = "pgx_limited";
} // namespace

class TstPreflightPrivileges : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QProcessEnvironment env(bool limitedSource, bool limitedTarget) const
    {
        const QString pw = Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD"));
        return cliEnv({{QStringLiteral("PGCROSSING_SOURCE_PGPASSWORD"), limitedSource ? m_password : pw},
                       {QStringLiteral("PGCROSSING_TARGET_PGPASSWORD"), limitedTarget ? m_password : pw}});
    }
    QStringList args(bool limitedSource, bool limitedTarget) const
    {
        QStringList a = sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb));
        if (limitedSource)
            a << QStringLiteral("--source-pg-user") << QString::fromLatin1(kRole);
        if (limitedTarget)
            a << QStringLiteral("--target-pg-user") << QString::fromLatin1(kRole);
        return a;
    }
    static QString row(const CliRun &r, const QString &title)
    {
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.contains(title))
                return line;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        cleanupTestCase();
        const QString create = QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '%2'")
                                   .arg(QLatin1String(kRole), m_password);
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), create, &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), create, &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kDb)), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("src"), QString::fromLatin1(kDb),
                   QStringLiteral("CREATE TABLE open_t (id int PRIMARY KEY); CREATE TABLE secret_t (id int PRIMARY KEY);"
                                  "GRANT SELECT ON open_t TO %1;"
                                  // The sandbox's application roles, which an emptied target lacks: the roles
                                  // this database needs, to be created there.
                                  "GRANT SELECT ON open_t TO app_owner, app_reader;").arg(QLatin1String(kRole)), &ok);
        QVERIFY(ok);
    }

    void superuserPairPasses()
    {
        const CliRun r = CliRun::run(args(false, false), env(false, false), m_dir.filePath(QStringLiteral("super")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  The source role has the rights this migration needs postgres is a superuser")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  The target role has the rights this migration needs postgres is a superuser")),
                 qPrintable(r.out));
    }

    void sourceRoleCannotReadATable()
    {
        const CliRun r = CliRun::run(args(true, false) << QStringLiteral("--no-roles"), env(true, false),
                                     m_dir.filePath(QStringLiteral("src-table")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString line = row(r, QStringLiteral("The source role has the rights"));
        QVERIFY2(line.startsWith(QStringLiteral("FAIL")), qPrintable(r.out));
        QVERIFY2(line.contains(QStringLiteral("pgx_limited lacks: SELECT on public.secret_t in pgx_privs")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("open_t")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("pg_dumpall")), qPrintable(line)); // --no-roles: no pg_dumpall
        QVERIFY2(r.out.contains(QStringLiteral("in database pgx_privs: GRANT SELECT ON TABLE \"public\".\"secret_t\" TO \"pgx_limited\";")),
                 qPrintable(r.out));
    }

    void sourceRoleCannotDumpRoles()
    {
        // The emptied target lacks app_owner and app_reader, which pgx_privs grants to: they would be read
        // with pg_dumpall.
        const CliRun r = CliRun::run(args(true, false), env(true, false), m_dir.filePath(QStringLiteral("src-roles")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString line = row(r, QStringLiteral("The source role has the rights"));
        QVERIFY2(line.startsWith(QStringLiteral("FAIL")), qPrintable(r.out));
        QVERIFY2(line.contains(QStringLiteral("superuser: the roles missing on the target (app_owner, app_reader")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("pg_dumpall --roles-only, which reads pg_authid")), qPrintable(line));
        QVERIFY2(r.out.contains(QStringLiteral("ALTER ROLE \"pgx_limited\" SUPERUSER; in database pgx_privs:")), qPrintable(r.out));
    }

    void targetRoleCannotCreate()
    {
        const CliRun r = CliRun::run(args(false, true), env(false, true), m_dir.filePath(QStringLiteral("dst")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(row(r, QStringLiteral("The source role has the rights")).startsWith(QStringLiteral("PASS")), qPrintable(r.out));
        const QString line = row(r, QStringLiteral("The target role has the rights"));
        QVERIFY2(line.startsWith(QStringLiteral("FAIL")), qPrintable(r.out));
        QVERIFY2(line.contains(QStringLiteral("pgx_limited lacks: CREATEDB")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("CREATEROLE (roles app_owner, app_reader are created)")), qPrintable(line));
        // pgx_privs and its tables belong to postgres: CREATE DATABASE … OWNER postgres needs membership.
        QVERIFY2(line.contains(QStringLiteral("membership in postgres")), qPrintable(line));
        QVERIFY2(r.out.contains(QStringLiteral("ALTER ROLE \"pgx_limited\" CREATEDB; ALTER ROLE \"pgx_limited\" CREATEROLE; "
                                               "GRANT \"postgres\" TO \"pgx_limited\";")),
                 qPrintable(r.out));
    }

    // A chosen owner (--owner) replaces the source's owners: the login needs membership in that role only.
    void chosenOwnerNeedsMembership()
    {
        const CliRun r = CliRun::run(args(false, true) << QStringLiteral("--no-roles") << QStringLiteral("--owner") << QStringLiteral("pg_monitor"),
                                     env(false, true), m_dir.filePath(QStringLiteral("owner")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString line = row(r, QStringLiteral("The target role has the rights"));
        QVERIFY2(line.contains(QStringLiteral("membership in pg_monitor")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("membership in postgres")), qPrintable(line));
        QVERIFY2(r.out.contains(QStringLiteral("GRANT \"pg_monitor\" TO \"pgx_limited\";")), qPrintable(r.out));
    }

    void stopWriteHoldNeedsOwnershipAndSignal()
    {
        // `check` takes the mode from a plan file (--mode belongs to migrate).
        const QString plan = m_dir.filePath(QStringLiteral("stop-write.json"));
        QFile f(plan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("options"),
                                           QJsonObject{{QStringLiteral("mode"), QStringLiteral("stop-write")},
                                                       {QStringLiteral("holdWrites"), true},
                                                       {QStringLiteral("includeGlobals"), false}}}})
                    .toJson());
        f.close();
        const CliRun r = CliRun::run(args(true, false) << QStringLiteral("--plan") << plan, env(true, false),
                                     m_dir.filePath(QStringLiteral("hold")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString line = row(r, QStringLiteral("The source role has the rights"));
        QVERIFY2(line.startsWith(QStringLiteral("FAIL")), qPrintable(r.out));
        QVERIFY2(line.contains(QStringLiteral("pg_read_all_stats")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("ownership of pgx_privs (ALTER DATABASE … SET default_transaction_read_only)")),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("pg_signal_backend")), qPrintable(line));
        QVERIFY2(r.out.contains(QStringLiteral("GRANT pg_read_all_stats TO \"pgx_limited\"; GRANT \"postgres\" TO \"pgx_limited\"; "
                                               "GRANT pg_signal_backend TO \"pgx_limited\";")),
                 qPrintable(r.out));
    }

    // pg_restore creates the source's extensions: one the target does not mark trusted needs a superuser.
    void untrustedExtensionNeedsSuperuser()
    {
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE pgx_privs_ext"), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("src"), QStringLiteral("pgx_privs_ext"), QStringLiteral("CREATE EXTENSION pageinspect; CREATE EXTENSION pg_trgm"), &ok);
        QVERIFY(ok);
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("pgx_privs_ext"))
                                         << QStringLiteral("--target-pg-user") << QString::fromLatin1(kRole) << QStringLiteral("--no-owner"),
                                     env(false, true), m_dir.filePath(QStringLiteral("untrusted")));
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS pgx_privs_ext WITH (FORCE)"));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString line = row(r, QStringLiteral("The target role has the rights"));
        QVERIFY2(line.contains(QStringLiteral("superuser: extensions pageinspect are not trusted")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("pg_trgm")), qPrintable(line)); // trusted: the database owner may create it
    }

    void cleanupTestCase()
    {
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS pgx_privs_ext WITH (FORCE)"));
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(kDb)));
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(kRole)));
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(kRole)));
    }
};

QTEST_GUILESS_MAIN(TstPreflightPrivileges)
#include "tst_preflight_privileges.moc"

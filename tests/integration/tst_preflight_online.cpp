// The online-readiness rows for real (`check --online-readiness`): a scratch source database with a
// table without primary key, an unlogged table and a large object gets each named (the identity row a
// blocker: exit 2); a database whose tables have a primary key or REPLICA IDENTITY FULL passes. Slots
// taken on the source (physical slots count against max_replication_slots like any other) fail the slots
// row; a NOREPLICATION NOSUPERUSER login role fails the source's REPLICATION row and, on PostgreSQL 15,
// the target's "may create subscriptions" row. wal_level: both sandbox clusters run wal_level=logical and
// changing it needs a restart, so its failing row is not produced here.
#include "CliRun.h"
#include "Sandbox.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const char *kBad = "pgx_online_bad";
const char *kGood = "pgx_online_ok";
const char *kRole = "pgx_online_role";
const int kSlots = 8;
} // namespace

class TstPreflightOnline : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);

    static QString row(const CliRun &r, const QString &title)
    {
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.contains(title))
                return line;
        return {};
    }
    CliRun check(const QString &db, const QString &name, const QStringList &extra = {},
                 const QProcessEnvironment &env = sandboxPgEnv())
    {
        return CliRun::run(sandboxLocalArgs(QStringLiteral("check"), db) << QStringLiteral("--online-readiness") << extra, env,
                           m_dir.filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        cleanupTestCase();
        bool ok = false;
        for (const char *db : {kBad, kGood}) {
            sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(db)), &ok);
            QVERIFY(ok);
        }
        sandboxSql(QStringLiteral("src"), QString::fromLatin1(kBad),
                   QStringLiteral("CREATE TABLE keyed (id int PRIMARY KEY, v text);"
                                  "CREATE TABLE no_key (v text);"
                                  "CREATE UNLOGGED TABLE scratch_u (id int PRIMARY KEY);"
                                  "SELECT lo_from_bytea(0, 'attachment');"), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("src"), QString::fromLatin1(kGood),
                   QStringLiteral("CREATE TABLE keyed (id int PRIMARY KEY, v text);"
                                  "CREATE TABLE log_lines (v text); ALTER TABLE log_lines REPLICA IDENTITY FULL;"), &ok);
        QVERIFY(ok);
        const QString create = QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOREPLICATION PASSWORD '%2'")
                                   .arg(QLatin1String(kRole), m_password);
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), create, &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), create, &ok);
        QVERIFY(ok);
    }

    void healthyDatabasePasses()
    {
        const CliRun r = check(QString::fromLatin1(kGood), QStringLiteral("good"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        for (const char *title : {"Online: the source writes logical WAL", "Online: free replication slots on the source",
                                  "Online: free WAL senders on the source", "Online: the source role may replicate",
                                  "Online: the target role may create subscriptions",
                                  "Online: every table has a primary key or replica identity",
                                  "Online: no large objects (not replicated)", "Online: no unlogged tables (not replicated)"}) {
            const QString line = row(r, QString::fromUtf8(title));
            QVERIFY2(line.startsWith(QStringLiteral("PASS")), qPrintable(QStringLiteral("%1\n%2").arg(QString::fromUtf8(title), r.out)));
        }
        QVERIFY(row(r, QStringLiteral("Online: the source writes logical WAL")).contains(QStringLiteral("wal_level = logical")));
    }

    void withoutTheFlagNoOnlineRows()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kBad)), sandboxPgEnv(),
                                     m_dir.filePath(QStringLiteral("plain")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(!r.out.contains(QStringLiteral("Online:")), qPrintable(r.out));
    }

    void problemsAreNamed()
    {
        const CliRun r = check(QString::fromLatin1(kBad), QStringLiteral("bad"));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString ident = row(r, QStringLiteral("Online: every table has a primary key or replica identity"));
        QVERIFY2(ident.startsWith(QStringLiteral("FAIL")), qPrintable(r.out));
        QVERIFY2(ident.contains(QStringLiteral("without: pgx_online_bad.public.no_key")), qPrintable(ident));
        QVERIFY2(!ident.contains(QStringLiteral("keyed")) && !ident.contains(QStringLiteral("scratch_u")), qPrintable(ident));
        QVERIFY2(r.out.contains(QStringLiteral("in database pgx_online_bad: ALTER TABLE \"public\".\"no_key\" REPLICA IDENTITY FULL;")),
                 qPrintable(r.out));
        const QString lo = row(r, QStringLiteral("Online: no large objects (not replicated)"));
        QVERIFY2(lo.startsWith(QStringLiteral("WARN")) && lo.contains(QStringLiteral("large objects: pgx_online_bad: 1")), qPrintable(lo));
        const QString unlogged = row(r, QStringLiteral("Online: no unlogged tables (not replicated)"));
        QVERIFY2(unlogged.startsWith(QStringLiteral("WARN")) && unlogged.contains(QStringLiteral("unlogged: pgx_online_bad.public.scratch_u")),
                 qPrintable(unlogged));
        QVERIFY(r.out.contains(QStringLiteral("ALTER TABLE \"public\".\"scratch_u\" SET LOGGED;")));
    }

    // A real source with wal_level=replica and a single WAL sender: a scratch cluster (the sandbox's own two
    // must stay logical, with room).
    void walLevelReplicaAndFewSendersFail()
    {
        const int port = startScratchCluster(QStringLiteral("replica"), 0, {QStringLiteral("wal_level=replica"), QStringLiteral("max_wal_senders=1")});
        QVERIFY(port > 0);
        const CliRun r = check(QStringLiteral("postgres:pgx_online_scratch"), QStringLiteral("wal-level"),
                               {QStringLiteral("--source-pg-port"), QString::number(port)});
        stopScratchCluster(QStringLiteral("replica"));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString wal = row(r, QStringLiteral("Online: the source writes logical WAL"));
        QVERIFY2(wal.startsWith(QStringLiteral("FAIL")) && wal.contains(QStringLiteral("wal_level = replica")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("ALTER SYSTEM SET wal_level = logical")));
        const QString senders = row(r, QStringLiteral("Online: free WAL senders on the source"));
        QVERIFY2(senders.startsWith(QStringLiteral("FAIL")) && senders.contains(QStringLiteral("max_wal_senders = 1")), qPrintable(senders));
    }

    void takenSlotsFail()
    {
        // max_replication_slots is 10 in the sandbox; one database needs 1 + 2 table-sync slots.
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("SELECT pg_create_physical_replication_slot('pgx_online_' || i) FROM generate_series(1, %1) i").arg(kSlots),
                   &ok);
        QVERIFY(ok);
        const CliRun r = check(QString::fromLatin1(kGood), QStringLiteral("slots"));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString slotRow = row(r, QStringLiteral("Online: free replication slots on the source"));
        QVERIFY2(slotRow.startsWith(QStringLiteral("FAIL")), qPrintable(r.out));
        QVERIFY2(slotRow.contains(QStringLiteral("max_replication_slots = 10, 8 in use: 2 free")), qPrintable(slotRow));
        QVERIFY2(r.out.contains(QStringLiteral("ALTER SYSTEM SET max_replication_slots = 11;")), qPrintable(r.out));
    }

    void rolesWithoutReplicationFail()
    {
        const QProcessEnvironment env = cliEnv({{QStringLiteral("PGCROSSING_SOURCE_PGPASSWORD"), m_password},
                                                {QStringLiteral("PGCROSSING_TARGET_PGPASSWORD"), m_password}});
        const CliRun r = check(QString::fromLatin1(kGood), QStringLiteral("roles"),
                               {QStringLiteral("--source-pg-user"), QString::fromLatin1(kRole), QStringLiteral("--target-pg-user"),
                                QString::fromLatin1(kRole)},
                               env);
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString role = row(r, QStringLiteral("Online: the source role may replicate"));
        QVERIFY2(role.startsWith(QStringLiteral("FAIL")) && role.contains(QStringLiteral("pgx_online_role has neither REPLICATION")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("ALTER ROLE \"pgx_online_role\" REPLICATION;")));
        const QString sub = row(r, QStringLiteral("Online: the target role may create subscriptions"));
        QVERIFY2(sub.startsWith(QStringLiteral("FAIL")) && sub.contains(QStringLiteral("pgx_online_role may not")), qPrintable(r.out));
    }

    void onlyWithCheck()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("migrate"), QString::fromLatin1(kGood))
                                         << QStringLiteral("--online-readiness"),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("migrate")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--online-readiness goes with the check command")), qPrintable(r.all()));
    }

    void cleanupTestCase()
    {
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name LIKE 'pgx\\_online\\_%'"));
        for (const char *db : {kBad, kGood})
            sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                       QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(db)));
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(kRole)));
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(kRole)));
    }
};

QTEST_GUILESS_MAIN(TstPreflightOnline)
#include "tst_preflight_online.moc"

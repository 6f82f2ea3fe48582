// Issue 11, "every value, exactly; every relation kind": a database holding every type family the verifier
// claims to handle is migrated with pgcrossing-cli and verifies equal; then, one at a time, a fault a
// coarse hash or a table-only verifier misses is planted on the target, and `pgcrossing-cli verify` must
// exit 4 and name what differs — the table and its key, the large object, the sequence — in its output.
// Each fault is undone before the next, and the last run is equal again.
#include "CliRun.h"
#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const QString kDb = QStringLiteral("vfx_db");
const QString kSetup = QStringLiteral(
    "CREATE EXTENSION hstore;"
    "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);"
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');"
    "CREATE TYPE pair AS (x numeric, y float8);"
    "CREATE DOMAIN price AS numeric CHECK (VALUE >= 0);"
    "CREATE TABLE floats (id int PRIMARY KEY, f4 float4, f8 float8, f8s float8[]);"
    "INSERT INTO floats VALUES (1, '-0', '-0', '{-0,1}'), (2, 'NaN', 'NaN', '{NaN}'), (3, 1.5, 1.5, '{1.5}'),"
    "  (4, 'Infinity', '-Infinity', '{Infinity,-Infinity}');"
    "CREATE TABLE nums (id int PRIMARY KEY, n numeric, fixed numeric(10,2), p price, r numrange, c pair);"
    "INSERT INTO nums VALUES (1, 2.5, 2.50, 2.5, numrange(2.5, 3.0), ROW(2.5, -0)),"
    "  (2, 1e-30, 1.00, 0, numrange(1, 2), ROW(1, 1));"
    "CREATE TABLE docs (id int PRIMARY KEY, j jsonb, js json, h hstore, ts tsvector, body text COLLATE ci, b bytea);"
    "INSERT INTO docs VALUES (1, '{\"a\": 1}', '{\"a\": 1}', 'k=>v', to_tsvector('simple', 'one two'), 'Abc', '\\x00ff'),"
    "  (2, '[1, 2.0, null]', '[]', '', '', 'déjà vu', '');"
    "CREATE TABLE misc (id int PRIMARY KEY, u uuid, ip inet, iv interval, ts timestamp, tz timestamptz, d date,"
    "  t time, m mood, i2 int2, i8 int8, ir int4range, arr int[], ok bool, ch \"char\", nm name, vc varchar(10),"
    "  fc char(4), uc bpchar, tt timetz, mac macaddr, net cidr, o oid, tags text[], days date[], x int, y int);"
    "INSERT INTO misc VALUES (1, '00000000-0000-0000-0000-000000000001', '10.0.0.1/8', '1 day', '2026-12-02 10:00',"
    "  '2026-12-02 10:00+08', '2026-12-02', '10:00', 'ok', 7, 9000000000, int4range(1, 5), '{1,2,3}', true, 'a', 'n',"
    "  'v', 'f', 'u', '10:00+08', '08:00:2b:01:02:03', '10.0.0.0/8', 42, '{Abc,def}', '{2026-12-01,2026-12-02}', 1, 2),"
    "  (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', NULL, NULL, NULL, NULL, NULL, NULL,"
    "  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);"
    "CREATE TABLE mv_src (id int PRIMARY KEY, v int);"
    "INSERT INTO mv_src SELECT g, g * 10 FROM generate_series(1, 20) g;"
    "CREATE MATERIALIZED VIEW mv AS SELECT id, v FROM mv_src;"
    "CREATE TABLE counted (id serial PRIMARY KEY, v text);"
    "INSERT INTO counted (v) VALUES ('a'), ('b'), ('c');"
    "CREATE SEQUENCE tickets; SELECT setval('tickets', 10);"
    "CREATE TABLE orders (id int, placed date, PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);"
    "CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
    "CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
    "INSERT INTO orders SELECT g, date '2025-06-01' + g FROM generate_series(1, 400) g;"
    "SELECT lo_from_bytea(424242, 'hello'), lo_from_bytea(424243, 'world');");

struct Fault {
    const char *name;
    const char *plant; // on the target
    const char *undo;
    const char *names; // what the CLI's output must say
};
const Fault kFaults[] = {
    {"float -0 becomes 0", "UPDATE floats SET f8 = 0 WHERE id = 1", "UPDATE floats SET f8 = '-0' WHERE id = 1",
     "table vfx_db.public.floats: Different"},
    {"NaN moves to another row", "UPDATE floats SET f8 = CASE id WHEN 2 THEN 1.5 ELSE 'NaN' END WHERE id IN (2, 3)",
     "UPDATE floats SET f8 = CASE id WHEN 2 THEN 'NaN' ELSE 1.5 END WHERE id IN (2, 3)", "(2) Changed, (3) Changed"},
    {"-0 inside a float4", "UPDATE floats SET f4 = 0 WHERE id = 1", "UPDATE floats SET f4 = '-0' WHERE id = 1", "(1) Changed"},
    {"-0 inside an array", "UPDATE floats SET f8s = '{0,1}' WHERE id = 1", "UPDATE floats SET f8s = '{-0,1}' WHERE id = 1",
     "(1) Changed"},
    {"2.5 becomes 2.50 in an unconstrained numeric", "UPDATE nums SET n = 2.50 WHERE id = 1", "UPDATE nums SET n = 2.5 WHERE id = 1",
     "table vfx_db.public.nums: Different"},
    {"the scale inside a domain over numeric", "UPDATE nums SET p = 2.500 WHERE id = 1", "UPDATE nums SET p = 2.5 WHERE id = 1",
     "(1) Changed"},
    {"the scale inside a range", "UPDATE nums SET r = numrange(2.50, 3.0) WHERE id = 1",
     "UPDATE nums SET r = numrange(2.5, 3.0) WHERE id = 1", "(1) Changed"},
    {"jsonb 1 becomes 1.0", "UPDATE docs SET j = '{\"a\": 1.0}' WHERE id = 1", "UPDATE docs SET j = '{\"a\": 1}' WHERE id = 1",
     "table vfx_db.public.docs: Different"},
    {"case under a nondeterministic collation", "UPDATE docs SET body = 'abc' WHERE id = 1",
     "UPDATE docs SET body = 'Abc' WHERE id = 1", "(1) Changed"},
    {"1 day becomes 24 hours", "UPDATE misc SET iv = '24 hours' WHERE id = 1", "UPDATE misc SET iv = '1 day' WHERE id = 1",
     "table vfx_db.public.misc: Different"},
    // Natively hashed types (ContentFingerprint's rule): a changed value in each is seen.
    {"bool flipped", "UPDATE misc SET ok = false WHERE id = 1", "UPDATE misc SET ok = true WHERE id = 1", "(1) Changed"},
    {"\"char\" changed", "UPDATE misc SET ch = 'b' WHERE id = 1", "UPDATE misc SET ch = 'a' WHERE id = 1", "(1) Changed"},
    {"name changed", "UPDATE misc SET nm = 'N' WHERE id = 1", "UPDATE misc SET nm = 'n' WHERE id = 1", "(1) Changed"},
    {"varchar changed", "UPDATE misc SET vc = 'V' WHERE id = 1", "UPDATE misc SET vc = 'v' WHERE id = 1", "(1) Changed"},
    {"char(4) changed", "UPDATE misc SET fc = 'g' WHERE id = 1", "UPDATE misc SET fc = 'f' WHERE id = 1", "(1) Changed"},
    {"a trailing blank in char without a length", "UPDATE misc SET uc = 'u ' WHERE id = 1",
     "UPDATE misc SET uc = 'u' WHERE id = 1", "(1) Changed"},
    {"timetz zone changed", "UPDATE misc SET tt = '10:00+09' WHERE id = 1", "UPDATE misc SET tt = '10:00+08' WHERE id = 1",
     "(1) Changed"},
    {"timestamptz one microsecond", "UPDATE misc SET tz = tz + interval '1 microsecond' WHERE id = 1",
     "UPDATE misc SET tz = '2026-12-02 10:00+08' WHERE id = 1", "(1) Changed"},
    {"date changed", "UPDATE misc SET d = 'infinity' WHERE id = 1", "UPDATE misc SET d = '2026-12-02' WHERE id = 1", "(1) Changed"},
    {"macaddr changed", "UPDATE misc SET mac = '08:00:2b:01:02:04' WHERE id = 1",
     "UPDATE misc SET mac = '08:00:2b:01:02:03' WHERE id = 1", "(1) Changed"},
    {"cidr mask changed", "UPDATE misc SET net = '10.0.0.0/9' WHERE id = 1", "UPDATE misc SET net = '10.0.0.0/8' WHERE id = 1",
     "(1) Changed"},
    {"inet mask changed", "UPDATE misc SET ip = '10.0.0.1/9' WHERE id = 1", "UPDATE misc SET ip = '10.0.0.1/8' WHERE id = 1",
     "(1) Changed"},
    {"oid changed", "UPDATE misc SET o = 43 WHERE id = 1", "UPDATE misc SET o = 42 WHERE id = 1", "(1) Changed"},
    {"uuid changed", "UPDATE misc SET u = '00000000-0000-0000-0000-000000000002' WHERE id = 1",
     "UPDATE misc SET u = '00000000-0000-0000-0000-000000000001' WHERE id = 1", "(1) Changed"},
    {"bytea changed", "UPDATE docs SET b = '\\x00fe' WHERE id = 1", "UPDATE docs SET b = '\\x00ff' WHERE id = 1", "(1) Changed"},
    {"case inside a text array", "UPDATE misc SET tags = '{abc,def}' WHERE id = 1", "UPDATE misc SET tags = '{Abc,def}' WHERE id = 1",
     "(1) Changed"},
    {"a date array reordered", "UPDATE misc SET days = '{2026-12-02,2026-12-01}' WHERE id = 1",
     "UPDATE misc SET days = '{2026-12-01,2026-12-02}' WHERE id = 1", "(1) Changed"},
    {"an array's dimensions", "UPDATE misc SET arr = '{{1,2,3}}' WHERE id = 1", "UPDATE misc SET arr = '{1,2,3}' WHERE id = 1",
     "(1) Changed"},
    {"an array's lower bound", "UPDATE misc SET arr = '[0:2]={1,2,3}' WHERE id = 1", "UPDATE misc SET arr = '{1,2,3}' WHERE id = 1",
     "(1) Changed"},
    {"an empty array becomes NULL", "UPDATE misc SET arr = NULL WHERE id = 2", "UPDATE misc SET arr = '{}' WHERE id = 2", "(2) Changed"},
    {"NULL becomes a value", "UPDATE misc SET i2 = 0 WHERE id = 2", "UPDATE misc SET i2 = NULL WHERE id = 2", "(2) Changed"},
    {"values swapped between two columns", "UPDATE misc SET x = y, y = x WHERE id = 1", "UPDATE misc SET x = 1, y = 2 WHERE id = 1",
     "(1) Changed"},
    {"a column's type changed, its values alike", "ALTER TABLE misc ALTER COLUMN i2 TYPE int4",
     "ALTER TABLE misc ALTER COLUMN i2 TYPE int2", "Table columns vfx_db.public.misc: Different"},
    {"a row deleted in a partition", "DELETE FROM orders WHERE id = 300", "INSERT INTO orders VALUES (300, date '2025-06-01' + 300)",
     "table vfx_db.public.orders_2026: Different — a partition of public.orders"},
    {"a large object's content", "SELECT lo_put(424242, 0, 'J')", "SELECT lo_put(424242, 0, 'h')",
     "Large object vfx_db.424242: Different"},
    {"a large object deleted", "SELECT lo_unlink(424243)", "SELECT lo_from_bytea(424243, 'world')",
     "Large object vfx_db.424243: Only on the source"},
    {"a materialized view's rows", "UPDATE mv_src SET v = -1 WHERE id = 5; REFRESH MATERIALIZED VIEW mv; UPDATE mv_src SET v = 50 WHERE id = 5",
     "REFRESH MATERIALIZED VIEW mv", "table vfx_db.public.mv: Different"},
    {"a sequence moved ahead", "SELECT setval('counted_id_seq', 1000)", "SELECT setval('counted_id_seq', 3)",
     "Sequence vfx_db.public.counted_id_seq: Different"},
    {"a sequence's is_called flipped", "SELECT setval('tickets', 10, false)", "SELECT setval('tickets', 10)",
     "Sequence vfx_db.public.tickets: Different"},
    {"an owned sequence's is_called flipped", "SELECT setval('counted_id_seq', 3, false)", "SELECT setval('counted_id_seq', 3)",
     "is behind the max of its column"},
};
} // namespace

class TstVerifyExact : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void sql(const QString &side, const QString &db, const QString &text)
    {
        bool ok = false;
        const QString out = sandboxSql(side, db, text, &ok);
        QVERIFY2(ok, qPrintable(text.left(300) + QLatin1Char('\n') + out));
    }
    CliRun verify(const QString &tag, const QStringList &more = {})
    {
        return CliRun::run(sandboxLocalArgs(QStringLiteral("verify"), kDb) + more, sandboxPgEnv(), m_dir.filePath(tag));
    }
    static QJsonObject ownCheck(const CliRun &r, const QString &name)
    {
        for (const auto &v : r.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("inventory")).toArray())
            if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("query") &&
                v.toObject().value(QStringLiteral("key")).toString() == name)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        for (const QString &side : {QStringLiteral("src"), QStringLiteral("dst")})
            sql(side, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS vfx_db WITH (FORCE)"));
        sql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE vfx_db"));
        sql(QStringLiteral("src"), kDb, kSetup);
    }

    void migratedCopyVerifiesEqual()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("migrate"), kDb), sandboxPgEnv(), m_dir.filePath(QStringLiteral("migrate")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all().right(4000)));
        QVERIFY2(r.err.contains(QStringLiteral("verification: equal")), qPrintable(r.err.right(3000)));
        const CliRun again = verify(QStringLiteral("equal"));
        QVERIFY2(again.exitCode == 0, qPrintable(again.all().right(3000)));
    }

    void eachFaultIsNamed_data()
    {
        QTest::addColumn<QString>("plant");
        QTest::addColumn<QString>("undo");
        QTest::addColumn<QString>("names");
        for (const Fault &f : kFaults)
            QTest::newRow(f.name) << QString::fromUtf8(f.plant) << QString::fromUtf8(f.undo) << QString::fromUtf8(f.names);
    }
    void eachFaultIsNamed()
    {
        QFETCH(QString, plant);
        QFETCH(QString, undo);
        QFETCH(QString, names);
        sql(QStringLiteral("dst"), kDb, plant);
        const CliRun r = verify(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        sql(QStringLiteral("dst"), kDb, undo);
        QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("exit %1\n%2").arg(r.exitCode).arg(r.all().right(3000))));
        QVERIFY2(r.err.contains(names), qPrintable(r.err.right(3000)));
        QVERIFY2(r.err.contains(QStringLiteral("the full list: ")), qPrintable(r.err.right(1500)));
    }

    // verify --json: stdout is the verification's JSON and nothing else, with the difference in it.
    void jsonForAutomation()
    {
        sql(QStringLiteral("dst"), kDb, QStringLiteral("UPDATE floats SET f8 = 0 WHERE id = 1"));
        const CliRun r = verify(QStringLiteral("json"), {QStringLiteral("--json")});
        sql(QStringLiteral("dst"), kDb, QStringLiteral("UPDATE floats SET f8 = '-0' WHERE id = 1"));
        QCOMPARE(r.exitCode, 4);
        QJsonParseError pe;
        const QJsonObject v = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString() + QLatin1Char('\n') + r.out.left(500)));
        QCOMPARE(v.value(QStringLiteral("verdict")).toString(), QStringLiteral("different"));
        bool floats = false;
        for (const auto &t : v.value(QStringLiteral("tables")).toArray())
            if (t.toObject().value(QStringLiteral("table")).toString() == QLatin1String("floats")) {
                floats = true;
                QCOMPARE(t.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
                QCOMPARE(t.toObject().value(QStringLiteral("differingKeys")).toArray().first().toObject().value(QStringLiteral("key")).toString(),
                         QStringLiteral("(1)"));
            }
        QVERIFY(floats);
        QVERIFY(r.err.contains(QStringLiteral("PASS  "))); // the checklist went to stderr
    }

    void undoneIsEqualAgain()
    {
        const CliRun r = verify(QStringLiteral("after"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all().right(3000)));
    }

    // The DBA's own checks: run read-only on both sides, their results compared and kept side by side.
    void ownChecksAreCompared()
    {
        const CliRun same = verify(QStringLiteral("own-same"), {QStringLiteral("--verify-query"), QStringLiteral("orders=SELECT count(*) AS n FROM orders")});
        QVERIFY2(same.exitCode == 0, qPrintable(same.all().right(3000)));
        const QJsonObject orders = ownCheck(same, QStringLiteral("orders"));
        QCOMPARE(orders.value(QStringLiteral("status")).toString(), QStringLiteral("equal"));
        QCOMPARE(orders.value(QStringLiteral("source")).toString(), QStringLiteral("n\n400"));
        QCOMPARE(orders.value(QStringLiteral("target")).toString(), QStringLiteral("n\n400"));
        // The report lists every check of the user's, equal ones too, with both answers.
        QFile md(QFileInfo(same.recordPath).dir().filePath(QStringLiteral("report.md")));
        QVERIFY2(md.open(QIODevice::ReadOnly), qPrintable(md.fileName()));
        const QString report = QString::fromUtf8(md.readAll());
        const qsizetype own = report.indexOf(QStringLiteral("Your checks (run read-only on both sides)"));
        QVERIFY2(own >= 0, qPrintable(report.left(3000)));
        const QString section = report.mid(own).section(QStringLiteral("\n### "), 0, 0); // to the next heading
        QVERIFY2(section.contains(QStringLiteral("| orders |")) && section.count(QStringLiteral("\n400\n")) == 2 &&
                     section.contains(QStringLiteral("Identical")),
                 qPrintable(report.mid(own, 800)));

        // Tables equal, the check's answers not: the verification fails and shows both answers.
        const CliRun differs = verify(QStringLiteral("own-differs"),
                                      {QStringLiteral("--verify-query"), QStringLiteral("vfx_db:port=SELECT current_setting('port') AS port")});
        QVERIFY2(differs.exitCode == 4, qPrintable(differs.all().right(3000)));
        const QJsonObject port = ownCheck(differs, QStringLiteral("port"));
        QCOMPARE(port.value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
        const Sandbox &s = Sandbox::instance();
        QCOMPARE(port.value(QStringLiteral("source")).toString(), QStringLiteral("port\n") + s.value(QStringLiteral("PGX_SRC_PGPORT")));
        QCOMPARE(port.value(QStringLiteral("target")).toString(), QStringLiteral("port\n") + s.value(QStringLiteral("PGX_DST_PGPORT")));
        QVERIFY2(differs.err.contains(QStringLiteral("Your check vfx_db.port: Different")), qPrintable(differs.err.right(2000)));

        // A check that would write is refused by both servers: nothing changes, and it fails the verification.
        const CliRun writes = verify(QStringLiteral("own-writes"), {QStringLiteral("--verify-query"), QStringLiteral("wipe=DELETE FROM orders")});
        QVERIFY2(writes.exitCode == 4, qPrintable(writes.all().right(3000)));
        QVERIFY2(ownCheck(writes, QStringLiteral("wipe")).value(QStringLiteral("message")).toString().contains(QStringLiteral("read-only")),
                 qPrintable(writes.err.right(2000)));
        for (const QString &side : {QStringLiteral("src"), QStringLiteral("dst")})
            QCOMPARE(sandboxSql(side, kDb, QStringLiteral("SELECT count(*) FROM orders")).trimmed(), QStringLiteral("400"));

        const CliRun bad = verify(QStringLiteral("own-bad"), {QStringLiteral("--verify-query"), QStringLiteral("no sql here")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("NAME=SQL")), qPrintable(bad.err));
    }

    void cleanupTestCase()
    {
        for (const QString &side : {QStringLiteral("src"), QStringLiteral("dst")})
            sandboxSql(side, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS vfx_db WITH (FORCE)"));
    }
};

QTEST_GUILESS_MAIN(TstVerifyExact)
#include "tst_verify_exact.moc"

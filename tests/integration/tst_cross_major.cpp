// Migrations into a newer PostgreSQL major, as most migrations are: from the sandbox's PostgreSQL 15 source
// host into a host of its own whose real docker container runs PostgreSQL 16, 17 or 18 (server binaries from
// npm, tests/sandbox/pg-major.sh; the client tools in every container are 15's), all over SSH.
// - copy and stop-write succeed, and verification says every table and object is equal although the newer
//   server writes view definitions differently, keeps NOT NULL constraints in pg_constraint (18) and ships
//   newer extension versions; the report names both versions and which client tools ran on which side;
// - a row changed on the newer target is still found by its key;
// - the other way round (17 → 15) is refused by the checklist before anything runs, with why and what to do,
//   and the pg_dump row says that a pg_dump older than its server cannot dump it.
#include "CliRun.h"
#include "Sandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const Sandbox &sb() { return Sandbox::instance(); }

// A database pgcrossing has never seen: quoted names, a single-table view (written "Order"."Id" by 15 and
// "Id" by 16+), a join view, a materialized view, identity, generated and domain columns, an enum, an
// exclusion constraint over an extension's operator class, expression, partial and covering indexes, a
// trigger with WHEN, a SQL-standard function body, a partitioned table, a rule and a policy.
const char *kNeverSeen = R"SQL(
CREATE EXTENSION btree_gist;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TABLE "Order" ("Id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "Customer" text NOT NULL,
  "Total" numeric(12,2) CHECK ("Total" >= 0), placed timestamptz DEFAULT now(), m mood, q posint,
  total_x2 numeric GENERATED ALWAYS AS ("Total" * 2) STORED);
CREATE TABLE line (id bigserial PRIMARY KEY, order_id integer NOT NULL REFERENCES "Order"("Id") ON DELETE CASCADE,
  sku text, qty int CHECK (qty > 0), during tstzrange, EXCLUDE USING gist (sku WITH =, during WITH &&));
CREATE INDEX line_lower_sku ON line (lower(sku)) WHERE qty > 1;
CREATE UNIQUE INDEX order_cust ON "Order" ("Customer", placed) INCLUDE ("Total");
CREATE VIEW order_ids AS SELECT "Id" FROM "Order";
CREATE VIEW big_orders AS SELECT o."Id", o."Customer", sum(l.qty) AS n FROM "Order" o JOIN line l ON l.order_id = o."Id"
  WHERE o."Total" > 10 GROUP BY o."Id", o."Customer" HAVING sum(l.qty) > 1;
CREATE MATERIALIZED VIEW order_mv AS SELECT "Customer", count(*) AS c FROM "Order" GROUP BY "Customer";
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.placed := now(); RETURN NEW; END$$;
CREATE TRIGGER order_touch BEFORE UPDATE ON "Order" FOR EACH ROW WHEN (OLD."Total" IS DISTINCT FROM NEW."Total")
  EXECUTE FUNCTION touch();
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + b;
CREATE TABLE measure (id int, at date NOT NULL, v float8) PARTITION BY RANGE (at);
CREATE TABLE measure_2026 PARTITION OF measure FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE RULE no_del AS ON DELETE TO measure_2026 DO INSTEAD NOTHING;
ALTER TABLE "Order" ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON "Order" USING ("Customer" = current_user);
INSERT INTO "Order" ("Customer", "Total", m, q) SELECT 'c' || i, i * 1.5, 'ok', i FROM generate_series(1, 50) i;
INSERT INTO line (order_id, sku, qty, during) SELECT (i % 50) + 1, 'sku' || i, (i % 3) + 1,
  tstzrange(timestamptz '2026-01-01' + i * interval '1 day', timestamptz '2026-01-01' + (i + 1) * interval '1 day')
  FROM generate_series(1, 200) i;
INSERT INTO measure SELECT i, date '2026-01-01' + i, i / 3.0 FROM generate_series(0, 100) i;
REFRESH MATERIALIZED VIEW order_mv;
)SQL";
const QString kDb = QStringLiteral("pgx_never_seen");

// The sandbox's SSH arguments with another source or target address and the known_hosts file that also
// holds that host's key.
QStringList sshArgs(const QString &sourceAddress, const QString &targetAddress, const QString &knownHosts)
{
    QStringList a = sandboxSshArgs();
    const QString port = sb().value(QStringLiteral("PGX_SSH_PORT")), user = sb().value(QStringLiteral("PGX_SSH_USER"));
    a[a.indexOf(QStringLiteral("--source")) + 1] = QStringLiteral("ssh://%1@%2:%3").arg(user, sourceAddress, port);
    a[a.indexOf(QStringLiteral("--target")) + 1] = QStringLiteral("ssh://%1@%2:%3").arg(user, targetAddress, port);
    a[a.indexOf(QStringLiteral("--known-hosts")) + 1] = knownHosts;
    return a;
}

QString reportMd(const CliRun &r)
{
    QFile f(QFileInfo(r.recordPath).dir().filePath(QStringLiteral("report.md")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every table equal and no inventory item different; the failures named.
QString differences(const QJsonObject &record)
{
    const QJsonObject v = record.value(QStringLiteral("verification")).toObject();
    QStringList out;
    for (const auto &t : v.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("status")).toString() != QLatin1String("equal"))
            out << t.toObject().value(QStringLiteral("table")).toString() + QLatin1Char(' ') + t.toObject().value(QStringLiteral("message")).toString();
    for (const auto &i : v.value(QStringLiteral("inventory")).toArray()) {
        const QString st = i.toObject().value(QStringLiteral("status")).toString();
        if (st != QLatin1String("equal") && st != QLatin1String("info"))
            out << i.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ') + i.toObject().value(QStringLiteral("key")).toString();
    }
    return out.join(QStringLiteral("; "));
}

QJsonObject inventoryItem(const QJsonObject &record, const QString &kind, const QString &key)
{
    for (const auto &i : record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("inventory")).toArray())
        if (i.toObject().value(QStringLiteral("kind")).toString() == kind && i.toObject().value(QStringLiteral("key")).toString() == key)
            return i.toObject();
    return {};
}
} // namespace

class TstCrossMajor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sb().isUp(), "the sandbox is not up");
        QCOMPARE(sb().value(QStringLiteral("PGX_SSH")), QStringLiteral("1"));
        QVERIFY(createSourceDatabase(kDb, QString::fromUtf8(kNeverSeen)));
    }

    void intoNewerMajor_data()
    {
        QTest::addColumn<int>("major");
        QTest::newRow("15 -> 16") << 16;
        QTest::newRow("15 -> 17") << 17;
        QTest::newRow("15 -> 18") << 18;
    }

    void intoNewerMajor()
    {
        QFETCH(int, major);
        const QString name = QStringLiteral("pg%1").arg(major), address = QStringLiteral("127.0.0.%1").arg(major);
        QString err;
        const int port = startMajorHost(name, address, major, &err);
        QVERIFY2(port > 0, qPrintable(err));
        const auto stop = qScopeGuard([&] { stopMajorHost(name); });
        const QString cluster = QStringLiteral("major-") + name;
        QVERIFY(sandboxSql(cluster, QStringLiteral("postgres"), QStringLiteral("SHOW server_version_num")).startsWith(QString::number(major)));
        const QStringList ssh = sshArgs(sb().value(QStringLiteral("PGX_SRC_SSH_HOST")), address,
                                        QStringLiteral("%1/hosts/%2/known_hosts").arg(sb().dir(), name));

        // Copy: every table and object equal across the two majors.
        const CliRun copy = CliRun::run(QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), kDb} + ssh, sandboxPgEnv(),
                                        m_dir.filePath(name + QStringLiteral("-copy")));
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.all().right(3000)));
        QCOMPARE(copy.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(copy.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
        QVERIFY2(differences(copy.record).isEmpty(), qPrintable(differences(copy.record)));
        QCOMPARE(copy.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("tables")).toArray().size(), 4);
        // The single-table view reads differently on the newer server and is judged by the target's rendering.
        const QJsonObject view = inventoryItem(copy.record, QStringLiteral("view"), QStringLiteral("public.order_ids"));
        QCOMPARE(view.value(QStringLiteral("status")).toString(), QStringLiteral("equal"));
        QVERIFY2(view.value(QStringLiteral("source")) != view.value(QStringLiteral("target")), "the two servers wrote the view alike");
        QVERIFY2(view.value(QStringLiteral("message")).toString().contains(QStringLiteral("writes it differently")),
                 qPrintable(view.value(QStringLiteral("message")).toString()));
        // NOT NULL is compared on the columns, on every major.
        QVERIFY(inventoryItem(copy.record, QStringLiteral("table"), QStringLiteral("public.line"))
                    .value(QStringLiteral("source")).toString().contains(QStringLiteral("order_id integer not null")));
        const QString md = reportMd(copy);
        QVERIFY2(md.contains(QStringLiteral("source PostgreSQL 15.")) && md.contains(QStringLiteral("target PostgreSQL %1.").arg(major)),
                 qPrintable(md.left(3000)));
        const QRegularExpression tools(QStringLiteral("\\| Client tools that ran there \\| ([^|]*) \\| ([^|]*) \\|"));
        const auto ran = tools.match(md);
        QVERIFY2(ran.hasMatch(), "no 'Client tools that ran there' row in report.md");
        QVERIFY2(ran.captured(1).contains(QStringLiteral("pg_dump 15.")) && !ran.captured(1).contains(QStringLiteral("pg_restore")),
                 qPrintable(ran.captured(0)));
        QVERIFY2(ran.captured(2).contains(QStringLiteral("pg_restore 15.")) && !ran.captured(2).contains(QStringLiteral("pg_dump")),
                 qPrintable(ran.captured(0)));

        // A row changed on the newer target is found by its key.
        bool ok = false;
        sandboxSql(cluster, kDb, QStringLiteral("UPDATE \"Order\" SET \"Customer\" = 'changed on %1' WHERE \"Id\" = 7").arg(major), &ok);
        QVERIFY(ok);
        const CliRun verify = CliRun::run(QStringList{QStringLiteral("verify"), QStringLiteral("--db"), kDb} + ssh, sandboxPgEnv(),
                                          m_dir.filePath(name + QStringLiteral("-verify")));
        QVERIFY2(verify.exitCode == 4, qPrintable(verify.all().right(3000)));
        QJsonObject order;
        for (const auto &t : verify.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("tables")).toArray())
            if (t.toObject().value(QStringLiteral("table")).toString() == QLatin1String("Order"))
                order = t.toObject();
        QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
        const QJsonArray keys = order.value(QStringLiteral("differingKeys")).toArray();
        QCOMPARE(keys.size(), 1);
        QVERIFY2(keys[0].toObject().value(QStringLiteral("key")).toString().contains(QStringLiteral("7")),
                 qPrintable(keys[0].toObject().value(QStringLiteral("key")).toString()));
        QVERIFY2(differences(verify.record) == QLatin1String("Order same row count, different content"), qPrintable(differences(verify.record)));

        // Stop-write of another database (large objects, sequences): succeeds and verifies equal too.
        const CliRun sw = CliRun::run(QStringList{QStringLiteral("migrate"), QStringLiteral("--mode"), QStringLiteral("stop-write"),
                                                  QStringLiteral("--db"), QStringLiteral("account")} + ssh,
                                      sandboxPgEnv(), m_dir.filePath(name + QStringLiteral("-stopwrite")));
        QVERIFY2(sw.exitCode == 0, qPrintable(sw.all().right(3000)));
        QVERIFY2(differences(sw.record).isEmpty(), qPrintable(differences(sw.record)));
        qInfo("15 -> %d: copy %s, changed row found by key %s, stop-write %s", major,
              qPrintable(copy.record.value(QStringLiteral("outcome")).toString()),
              qPrintable(keys[0].toObject().value(QStringLiteral("key")).toString()),
              qPrintable(sw.record.value(QStringLiteral("outcome")).toString()));
    }

    // 17 → 15: refused by the checklist before anything runs.
    void intoOlderMajorRefused()
    {
        const QString name = QStringLiteral("pg17old"), address = QStringLiteral("127.0.0.19");
        QString err;
        QVERIFY2(startMajorHost(name, address, 17, &err) > 0, qPrintable(err));
        const auto stop = qScopeGuard([&] { stopMajorHost(name); });
        bool ok = false;
        sandboxSql(QStringLiteral("major-") + name, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE pgx_from17"), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("major-") + name, QStringLiteral("pgx_from17"),
                   QStringLiteral("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t SELECT generate_series(1, 10)"), &ok);
        QVERIFY(ok);
        const CliRun r = CliRun::run(QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("pgx_from17")} +
                                         sshArgs(address, sb().value(QStringLiteral("PGX_DST_SSH_HOST")),
                                                 QStringLiteral("%1/hosts/%2/known_hosts").arg(sb().dir(), name)),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("older")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("source 17.")) && r.all().contains(QStringLiteral("target 15.")), qPrintable(r.all()));
        QVERIFY2(r.all().contains(QStringLiteral("Upgrade the target to PostgreSQL 17 or newer")), qPrintable(r.all()));
        // The tool row: the container's pg_dump is 15's, which refuses a 17 server; the advice says what to install.
        QVERIFY2(r.all().contains(QStringLiteral("pg_dump 15 cannot dump a PostgreSQL 17 server")) &&
                     r.all().contains(QStringLiteral("postgresql-client-17")),
                 qPrintable(r.all()));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'pgx_from17'")),
                 QStringLiteral("0"));
    }

    void cleanupTestCase()
    {
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(kDb));
    }
};

QTEST_GUILESS_MAIN(TstCrossMajor)
#include "tst_cross_major.moc"

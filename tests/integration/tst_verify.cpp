// The verifier on real servers: what it must catch (changed, missing, duplicated, swapped values, a
// sequence behind its column) and what it must not flag (column order, types without a hash function).
#include "CliRun.h"
#include "Sandbox.h"
#include "postgres/PgClient.h"
#include "remote/LocalShell.h"
#include "verify/DatabaseVerifier.h"

#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const QString kDb = QStringLiteral("vfy_db");
const QString kSetup = QStringLiteral(
    "CREATE SCHEMA \"odd schema é\";"
    "CREATE TABLE \"odd schema é\".\"it's \"\"t\"\"\" (id int PRIMARY KEY, v text);"
    "INSERT INTO \"odd schema é\".\"it's \"\"t\"\"\" SELECT g, 'v' || g FROM generate_series(1, 50) g;"
    "CREATE TABLE swap (id int PRIMARY KEY, a int, b text);"
    "INSERT INTO swap SELECT g, g % 7, 'b' || g FROM generate_series(1, 2000) g;"
    "CREATE TABLE nokey (x int, y text);"
    "INSERT INTO nokey SELECT g, 'y' || g FROM generate_series(1, 100) g;"
    "CREATE TABLE comp (a int, b text, c date, v numeric, PRIMARY KEY (a, b, c));"
    "INSERT INTO comp SELECT g % 10, 'k' || (g % 13), date '2026-01-01' + g, g * 1.5 FROM generate_series(1, 500) g;"
    "CREATE TABLE types (id int PRIMARY KEY, j json, p point, ts tsvector, arr float4[], body text,"
    "  gen text GENERATED ALWAYS AS (upper(body)) STORED);"
    "INSERT INTO types SELECT g, json_build_object('k', g), point(g, -g), to_tsvector('simple', 'w' || g), "
    "  ARRAY[g::float4, 0.5], 'x' || g FROM generate_series(1, 300) g;"
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');"
    "CREATE TABLE ledger (id int PRIMARY KEY, amount money, m mood);"
    "INSERT INTO ledger SELECT g, (g * 1.25)::numeric::money, (ARRAY['sad','ok','happy']::mood[])[1 + g % 3] FROM generate_series(1, 200) g;"
    "CREATE TABLE counted (id serial PRIMARY KEY, v int);"
    "INSERT INTO counted(v) SELECT g FROM generate_series(1, 40) g;");
} // namespace

class TstVerify : public QObject {
    Q_OBJECT
    std::shared_ptr<LocalShell> m_shell = std::make_shared<LocalShell>();
    std::unique_ptr<PgClient> m_src, m_dst;

    PgClient *client(const QString &side)
    {
        const Sandbox &s = Sandbox::instance();
        const QString pre = side == QLatin1String("src") ? QStringLiteral("PGX_SRC_") : QStringLiteral("PGX_DST_");
        PgConnection c;
        c.host = s.value(pre + QStringLiteral("SOCKET"));
        c.port = s.intValue(pre + QStringLiteral("PGPORT"));
        c.binDir = s.value(QStringLiteral("PGX_PG_BINDIR"));
        return new PgClient(m_shell, c);
    }
    void sql(const QString &side, const QString &text)
    {
        bool ok = false;
        sandboxSql(side, kDb, text, &ok);
        QVERIFY2(ok, qPrintable(text.left(200)));
    }
    DatabaseVerifier::Result verify(const QStringList &strict = {})
    {
        return DatabaseVerifier(*m_src, *m_dst).run(kDb, kDb, false, 20, strict, {}, nullptr);
    }
    static TableDiff table(const DatabaseVerifier::Result &r, const QString &name)
    {
        for (const TableDiff &t : r.tables)
            if (t.table == name)
                return t;
        return {};
    }
    static QStringList keys(const TableDiff &t)
    {
        QStringList out;
        for (const DifferingKey &k : t.differingKeys)
            out << k.key + QLatin1Char('/') + codeOf(k.kind);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        // Each case starts from two identical copies.
        for (const QString &side : {QStringLiteral("src"), QStringLiteral("dst")}) {
            bool ok = false;
            sandboxSql(side, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS vfy_db WITH (FORCE)"), &ok);
            QVERIFY(ok);
            sandboxSql(side, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE vfy_db"), &ok);
            QVERIFY(ok);
            sql(side, kSetup);
        }
        m_src.reset(client(QStringLiteral("src")));
        m_dst.reset(client(QStringLiteral("dst")));
    }
    void cleanupTestCase()
    {
        for (const QString &side : {QStringLiteral("src"), QStringLiteral("dst")})
            sandboxSql(side, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS vfy_db WITH (FORCE)"));
    }

    void identicalCopiesAreEqual()
    {
        const auto r = verify();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        // Enum values hash by OID and money has no hash function: both compare through their text.
        QCOMPARE(r.tables.size(), 7);
        QCOMPARE(r.summary.equal, 7);
        QCOMPARE(r.summary.inventoryDifferences, 0);
        QVERIFY(!table(r, QStringLiteral("types")).sourceHash.isEmpty());
    }

    void valuesSwappedBetweenRowsAreCaught()
    {
        // The RECIPES trap: a plain sum of record hashes is blind to this.
        sql(QStringLiteral("dst"), QStringLiteral("UPDATE swap SET b = CASE id WHEN 10 THEN 'b11' ELSE 'b10' END WHERE id IN (10, 11)"));
        const auto r = verify();
        const TableDiff t = table(r, QStringLiteral("swap"));
        QCOMPARE(t.status, TableStatus::Differs);
        QCOMPARE(keys(t), (QStringList{"(10)/changed", "(11)/changed"}));
        QCOMPARE(r.summary.differs, 1);
    }

    void missingExtraAndChangedRowsByKey()
    {
        sql(QStringLiteral("dst"), QStringLiteral("DELETE FROM swap WHERE id = 1500; INSERT INTO swap VALUES (9001, 1, 'new');"
                                                  "UPDATE swap SET a = a + 1 WHERE id = 7;"));
        const TableDiff t = table(verify(), QStringLiteral("swap"));
        QCOMPARE(keys(t), (QStringList{"(1500)/missing-on-target", "(7)/changed", "(9001)/extra-on-target"}));
    }

    void compositeKeyIsLocated()
    {
        sql(QStringLiteral("dst"), QStringLiteral("UPDATE comp SET v = v + 1 WHERE a = 3 AND b = 'k3' AND c = date '2026-01-01' + 3"));
        const TableDiff t = table(verify(), QStringLiteral("comp"));
        QCOMPARE(keys(t), (QStringList{"(3,k3,2026-01-04)/changed"}));
    }

    void moneyAndEnumChangesAreLocated()
    {
        sql(QStringLiteral("dst"), QStringLiteral("UPDATE ledger SET amount = amount + 1::money WHERE id = 17; "
                                                  "UPDATE ledger SET m = 'happy' WHERE id = 30"));
        const TableDiff t = table(verify(), QStringLiteral("ledger"));
        QCOMPARE(keys(t), (QStringList{"(17)/changed", "(30)/changed"}));
    }

    void duplicatedRowWithoutKey()
    {
        sql(QStringLiteral("dst"), QStringLiteral("INSERT INTO nokey SELECT * FROM nokey WHERE x = 5"));
        const TableDiff t = table(verify(), QStringLiteral("nokey"));
        QCOMPARE(t.status, TableStatus::Differs);
        QCOMPARE(t.targetRows, qint64(101));
        QVERIFY2(t.message.contains(QStringLiteral("no primary key")), qPrintable(t.message));
    }

    void duplicatedValueSameCountIsCaught()
    {
        // Same row count, one row replaced by a copy of another: xor would cancel the pair, sum does not.
        sql(QStringLiteral("dst"), QStringLiteral("DELETE FROM nokey WHERE x = 6; INSERT INTO nokey VALUES (5, 'y5')"));
        QCOMPARE(table(verify(), QStringLiteral("nokey")).status, TableStatus::Differs);
    }

    void columnReAddedAtTheEndStillCompares()
    {
        // The seed's jieba case: a generated column dropped and re-created lands at the end of the table.
        sql(QStringLiteral("dst"), QStringLiteral("ALTER TABLE types DROP COLUMN gen; "
                                                  "ALTER TABLE types ADD COLUMN gen text GENERATED ALWAYS AS (upper(body)) STORED"));
        const auto r = verify();
        QCOMPARE(table(r, QStringLiteral("types")).status, TableStatus::Equal);
    }

    void hostileNamesCompareAndLocate()
    {
        sql(QStringLiteral("dst"), QStringLiteral("UPDATE \"odd schema é\".\"it's \"\"t\"\"\" SET v = 'changed' WHERE id = 42"));
        const TableDiff t = table(verify(), QStringLiteral("it's \"t\""));
        QCOMPARE(t.schema, QStringLiteral("odd schema é"));
        QCOMPARE(keys(t), (QStringList{"(42)/changed"}));
    }

    void sequenceBehindItsColumn()
    {
        sql(QStringLiteral("dst"), QStringLiteral("SELECT setval('counted_id_seq', 3)"));
        const auto r = verify();
        QCOMPARE(r.summary.inventoryDifferences, 1);
        bool found = false;
        for (const InventoryRow &o : r.inventory) {
            if (o.kind == QLatin1String("sequence") && o.status == InventoryStatus::Differs)
                found = o.key == QLatin1String("public.counted_id_seq");
        }
        QVERIFY(found);
    }

    void missingIndexShowsInInventory()
    {
        sql(QStringLiteral("src"), QStringLiteral("CREATE INDEX swap_a_idx ON swap(a)"));
        const auto r = verify();
        QCOMPARE(r.summary.inventoryDifferences, 1);
        QCOMPARE(r.summary.equal, 7); // data is still the same
    }

    void strictCatchesWhatItIsAskedTo()
    {
        sql(QStringLiteral("dst"), QStringLiteral("UPDATE swap SET b = 'zz' WHERE id = 3"));
        const TableDiff t = table(verify({QStringLiteral("public.swap")}), QStringLiteral("swap"));
        QCOMPARE(t.sourceSha256.size(), 64);
        QVERIFY(t.sourceSha256 != t.targetSha256);
        // --strict names the key too (the exact fingerprints found the difference, the key locator the row).
        QCOMPARE(t.status, TableStatus::Differs);
        QCOMPARE(t.differingKeys.size(), 1);
        QCOMPARE(t.differingKeys.first().key, QStringLiteral("(3)"));
    }
};

QTEST_GUILESS_MAIN(TstVerify)
#include "tst_verify.moc"

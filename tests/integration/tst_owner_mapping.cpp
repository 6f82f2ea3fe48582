// Ownership when the owner's role is missing on the target, both ways a DBA can ask for (issue 4, must
// show 4): a database owned by pgx_lonely_owner, a role only the source has, migrates with the role created
// from the source's roles (the default), or, with --no-roles --owner ROLE, owned with all its objects by a
// role the target already has (and, asked for with --reindex, REINDEX runs before ANALYZE). A chosen owner the target lacks, or --no-roles alone, is a preflight
// blocker that names the role.
#include "CliRun.h"
#include "Sandbox.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const char *kDb = "pgx_owner_case";

QString dst(const QString &db, const QString &sql)
{
    bool ok = false;
    const QString out = sandboxSql(QStringLiteral("dst"), db, sql, &ok).trimmed();
    return ok ? out : QStringLiteral("(query failed)");
}

// How many of the database's own objects there are, and who owns them: the schema; the table, its
// sequence, the view, the partitioned table and its partition, the composite type; the function; the
// enum; the statistics object; the large object.
const char *kOwners =
    "SELECT count(*) || ' ' || string_agg(DISTINCT o, ',') FROM ("
    " SELECT pg_get_userbyid(nspowner) o FROM pg_namespace WHERE nspname = 'app'"
    " UNION ALL SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'app'::regnamespace"
    "   AND relkind IN ('r', 'v', 'S', 'p', 'c')"
    " UNION ALL SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE pronamespace = 'app'::regnamespace"
    " UNION ALL SELECT pg_get_userbyid(typowner) FROM pg_type WHERE typnamespace = 'app'::regnamespace AND typtype = 'e'"
    " UNION ALL SELECT pg_get_userbyid(stxowner) FROM pg_statistic_ext WHERE stxnamespace = 'app'::regnamespace"
    " UNION ALL SELECT pg_get_userbyid(lomowner) FROM pg_largeobject_metadata) s";
const char *kRebuiltIndexes =
    "SELECT count(*) FROM pg_class WHERE relkind = 'i' AND relnamespace = 'app'::regnamespace AND relfilenode <> oid";
} // namespace

class TstOwnerMapping : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void dropOnTarget()
    {
        for (const char *db : {"pgx_owner_case", "pgx_owner_case_chosen"})
            sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(db)));
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                   QStringLiteral("DROP ROLE IF EXISTS pgx_lonely_owner; DROP ROLE IF EXISTS pgx_chosen_owner; "
                                  "DROP ROLE IF EXISTS pgx_parent; DROP ROLE IF EXISTS pgx_unrelated"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        dropOnTarget();
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE); DROP ROLE IF EXISTS pgx_lonely_owner; "
                                  "DROP ROLE IF EXISTS pgx_parent; DROP ROLE IF EXISTS pgx_unrelated").arg(QLatin1String(kDb)), &ok);
        QVERIFY(ok);
        // pgx_lonely_owner is a member of pgx_parent (its GRANT needs it on the target too); pgx_unrelated is
        // used by nothing in the database and must not be copied.
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("CREATE ROLE pgx_parent NOLOGIN; CREATE ROLE pgx_unrelated NOLOGIN; "
                                  "CREATE ROLE pgx_lonely_owner NOLOGIN IN ROLE pgx_parent; "
                                  "CREATE DATABASE %1 OWNER pgx_lonely_owner").arg(QLatin1String(kDb)), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("src"), QString::fromLatin1(kDb), QStringLiteral(
            "SET ROLE pgx_lonely_owner;\n"
            "CREATE SCHEMA app;\n"
            "CREATE TYPE app.state AS ENUM ('open', 'done');\n"
            "CREATE TABLE app.items (id serial PRIMARY KEY, title text, state app.state DEFAULT 'open');\n"
            "CREATE VIEW app.open_items AS SELECT * FROM app.items WHERE state = 'open';\n"
            "CREATE FUNCTION app.done_count() RETURNS bigint LANGUAGE sql AS $$SELECT count(*) FROM app.items WHERE state = 'done'$$;\n"
            "INSERT INTO app.items (title, state) SELECT 'item ' || i, CASE WHEN i % 2 = 0 THEN 'done' ELSE 'open' END::app.state\n"
            "  FROM generate_series(1, 50) i;\n"
            "CREATE TYPE app.pair AS (a int, b int);\n"
            "CREATE TABLE app.events (id int, at date) PARTITION BY RANGE (at);\n"
            "CREATE TABLE app.events_2026 PARTITION OF app.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n"
            "INSERT INTO app.events VALUES (1, '2026-11-30');\n"
            "CREATE STATISTICS app.items_stats ON id, state FROM app.items;\n"
            "SELECT lo_from_bytea(0, 'a note');"), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("CREATE ROLE pgx_chosen_owner NOLOGIN"), &ok);
        QVERIFY(ok);
    }

    void missingRoleBlocksWithoutRolesOrOwner()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb)) << QStringLiteral("--no-roles"),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("no-roles")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("missing on the target: pgx_lonely_owner")), qPrintable(r.out));

        const CliRun unknown = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb))
                                               << QStringLiteral("--no-roles") << QStringLiteral("--owner") << QStringLiteral("pgx_nobody"),
                                           sandboxPgEnv(), m_dir.filePath(QStringLiteral("unknown-owner")));
        QVERIFY2(unknown.exitCode == 2, qPrintable(unknown.all()));
        QVERIFY2(unknown.out.contains(QStringLiteral("the chosen owner pgx_nobody does not exist on the target")), qPrintable(unknown.out));
    }

    void chosenOwnerOwnsEverything()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("migrate"), QStringLiteral("%1:pgx_owner_case_chosen").arg(QLatin1String(kDb)))
                                         << QStringLiteral("--no-roles") << QStringLiteral("--owner") << QStringLiteral("pgx_chosen_owner"),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("chosen")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(r.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
        const QString db = QStringLiteral("pgx_owner_case_chosen");
        QCOMPARE(dst(QStringLiteral("postgres"), QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'pgx_owner_case_chosen'")),
                 QStringLiteral("pgx_chosen_owner"));
        QCOMPARE(dst(db, QString::fromLatin1(kOwners)), QStringLiteral("11 pgx_chosen_owner"));
        QCOMPARE(dst(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'pgx_lonely_owner'")),
                 QStringLiteral("0"));
        QCOMPARE(dst(db, QStringLiteral("SELECT app.done_count()")), QStringLiteral("25"));
        QCOMPARE(dst(db, QString::fromLatin1(kRebuiltIndexes)), QStringLiteral("0")); // no --reindex here
    }

    void missingRoleIsCreatedByDefault()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("migrate"), QString::fromLatin1(kDb)) << QStringLiteral("--reindex"),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("default")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        // --reindex: a rebuilt index has a new file (relfilenode no longer its oid, as pg_restore made it).
        QCOMPARE(dst(QString::fromLatin1(kDb), QString::fromLatin1(kRebuiltIndexes)), QStringLiteral("1"));
        QCOMPARE(dst(QStringLiteral("postgres"), QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'pgx_owner_case'")),
                 QStringLiteral("pgx_lonely_owner"));
        QCOMPARE(dst(QString::fromLatin1(kDb), QString::fromLatin1(kOwners)), QStringLiteral("11 pgx_lonely_owner"));
        // Only the roles the database needs were created: the owner and the role it is a member of.
        QCOMPARE(dst(QStringLiteral("postgres"), QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                                                                "WHERE rolname IN ('pgx_lonely_owner', 'pgx_parent', 'pgx_unrelated')")),
                 QStringLiteral("pgx_lonely_owner,pgx_parent"));
        QCOMPARE(dst(QStringLiteral("postgres"), QStringLiteral("SELECT pg_has_role('pgx_lonely_owner', 'pgx_parent', 'MEMBER')")),
                 QStringLiteral("t"));
    }

    void cleanupTestCase()
    {
        dropOnTarget();
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(kDb)));
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("DROP ROLE IF EXISTS pgx_lonely_owner; DROP ROLE IF EXISTS pgx_parent; DROP ROLE IF EXISTS pgx_unrelated"));
    }
};

QTEST_GUILESS_MAIN(TstOwnerMapping)
#include "tst_owner_mapping.moc"

#include "NeededRoles.h"

#include "PgClient.h"

namespace pgcrossing {

QString NeededRoles::usedRolesSql()
{
    // Owners: the database (CREATE DATABASE … OWNER) and what pg_restore gives back to its owner (ALTER …
    // OWNER TO) — schemas, relations, routines and types of the user's schemas, not an extension's.
    return QStringLiteral(
        "WITH userns AS (SELECT oid FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema')"
        "                 AND nspname !~ '^pg_'),"
        " ext AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e')"
        " SELECT r.rolname, bool_or(NOT u.granted), bool_or(u.granted) FROM pg_roles r JOIN ("
        " SELECT datdba AS oid, false AS granted FROM pg_database WHERE datname = current_database()"
        " UNION SELECT nspowner, false FROM pg_namespace WHERE oid IN (SELECT oid FROM userns)"
        " UNION SELECT c.relowner, false FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM userns)"
        "  AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_class'::regclass AND objid = c.oid)"
        " UNION SELECT p.proowner, false FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM userns)"
        "  AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_proc'::regclass AND objid = p.oid)"
        " UNION SELECT t.typowner, false FROM pg_type t WHERE t.typnamespace IN (SELECT oid FROM userns)"
        "  AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = t.oid)"
        " UNION SELECT (aclexplode(relacl)).grantee, true FROM pg_class WHERE relacl IS NOT NULL"
        " UNION SELECT (aclexplode(nspacl)).grantee, true FROM pg_namespace WHERE nspacl IS NOT NULL"
        " UNION SELECT (aclexplode(datacl)).grantee, true FROM pg_database WHERE datname = current_database() AND datacl IS NOT NULL"
        ") u ON u.oid = r.oid WHERE r.rolname NOT LIKE 'pg\\_%' GROUP BY 1 ORDER BY 1");
}

namespace {
// The roles of usedRolesSql over the chosen databases that own something (owners) or are granted something.
QStringList usedRoles(const PgClient &source, const PlanOptions &options, bool owners, bool granted, QString *error)
{
    QStringList used;
    for (const DatabaseMapping &m : options.databases) {
        const PgResult r = source.query(m.source, NeededRoles::usedRolesSql());
        if (!r.ok) {
            *error = QStringLiteral("%1: %2").arg(m.source, r.error);
            return {};
        }
        for (const auto &row : r.rows)
            if (((owners && row.value(1) == QLatin1String("t")) || (granted && row.value(2) == QLatin1String("t"))) &&
                !used.contains(row.value(0)))
                used << row.value(0);
    }
    return used;
}
} // namespace

QStringList NeededRoles::owners(const PgClient &source, const PlanOptions &options, QString *error)
{
    return usedRoles(source, options, true, false, error);
}

QStringList NeededRoles::read(const PgClient &source, const PlanOptions &options, QString *error)
{
    // Without ownership (--no-owner, a chosen owner) only the roles granted something are needed.
    const QStringList used = usedRoles(source, options, !options.noOwner, true, error);
    if (!error->isEmpty())
        return {};
    if (used.isEmpty())
        return {};
    const PgResult closure = source.query(
        {}, QStringLiteral("WITH RECURSIVE need(oid) AS ("
                           " SELECT oid FROM pg_roles WHERE rolname = ANY(%1)"
                           " UNION SELECT m.roleid FROM pg_auth_members m JOIN need n ON m.member = n.oid)"
                           " SELECT rolname FROM pg_roles WHERE oid IN (SELECT oid FROM need) AND rolname NOT LIKE 'pg\\_%' ORDER BY 1")
                .arg(PgClient::textArray(used)));
    if (!closure.ok) {
        *error = closure.error;
        return {};
    }
    QStringList out;
    for (const auto &row : closure.rows)
        out << row.value(0);
    return out;
}

} // namespace pgcrossing

#include "NeededRoles.h"

#include "PgClient.h"

namespace pgcrossing {

QString NeededRoles::usedRolesSql()
{
    return QStringLiteral(
        "SELECT r.rolname, bool_or(u.granted) FROM pg_roles r JOIN ("
        " SELECT datdba AS oid, false AS granted FROM pg_database WHERE datname = current_database()"
        " UNION SELECT relowner, false FROM pg_class UNION SELECT nspowner, false FROM pg_namespace"
        " UNION SELECT proowner, false FROM pg_proc UNION SELECT typowner, false FROM pg_type"
        " UNION SELECT (aclexplode(relacl)).grantee, true FROM pg_class WHERE relacl IS NOT NULL"
        " UNION SELECT (aclexplode(nspacl)).grantee, true FROM pg_namespace WHERE nspacl IS NOT NULL"
        " UNION SELECT (aclexplode(datacl)).grantee, true FROM pg_database WHERE datname = current_database() AND datacl IS NOT NULL"
        ") u ON u.oid = r.oid WHERE r.rolname NOT LIKE 'pg\\_%' GROUP BY 1 ORDER BY 1");
}

QStringList NeededRoles::read(const PgClient &source, const PlanOptions &options, QString *error)
{
    QStringList used;
    for (const DatabaseMapping &m : options.databases) {
        const PgResult r = source.query(m.source, usedRolesSql());
        if (!r.ok) {
            *error = QStringLiteral("%1: %2").arg(m.source, r.error);
            return {};
        }
        for (const auto &row : r.rows)
            // Without ownership (--no-owner, a chosen owner) only the roles granted something are needed.
            if ((!options.noOwner || row.value(1) == QLatin1String("t")) && !used.contains(row.value(0)))
                used << row.value(0);
    }
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

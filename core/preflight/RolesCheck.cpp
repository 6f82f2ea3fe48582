#include "RolesCheck.h"

#include "postgres/PgClient.h"

#include <QSet>

namespace pgcrossing {

QString RolesCheck::usedRolesSql()
{
    return QStringLiteral(
        "SELECT DISTINCT r.rolname FROM pg_roles r WHERE r.rolname NOT LIKE 'pg\\_%' AND r.oid IN ("
        " SELECT datdba FROM pg_database WHERE datname = current_database()"
        " UNION SELECT relowner FROM pg_class UNION SELECT nspowner FROM pg_namespace"
        " UNION SELECT proowner FROM pg_proc UNION SELECT typowner FROM pg_type"
        " UNION SELECT (aclexplode(relacl)).grantee FROM pg_class WHERE relacl IS NOT NULL"
        " UNION SELECT (aclexplode(nspacl)).grantee FROM pg_namespace WHERE nspacl IS NOT NULL"
        " UNION SELECT (aclexplode(datacl)).grantee FROM pg_database WHERE datname = current_database() AND datacl IS NOT NULL"
        ") ORDER BY 1");
}

CheckResult RolesCheck::run(const PgClient &source, const PgClient &target, const PlanOptions &options)
{
    CheckResult c;
    c.id = QStringLiteral("target.roles");
    c.title = tr("The roles the databases use exist on the target");
    c.severity = CheckResult::Severity::Blocker;
    const PgResult have = target.query({}, QStringLiteral("SELECT rolname FROM pg_roles"));
    if (!have.ok) {
        c.status = CheckResult::Status::Error;
        c.found = have.error;
        return c;
    }
    QSet<QString> onTarget;
    for (const auto &row : have.rows)
        onTarget.insert(row.value(0));
    QStringList used, missing;
    for (const DatabaseMapping &m : options.databases) {
        const PgResult r = source.query(m.source, usedRolesSql());
        if (!r.ok) {
            c.status = CheckResult::Status::Error;
            c.found = tr("cannot list the roles %1 uses: %2").arg(m.source, r.error);
            return c;
        }
        for (const auto &row : r.rows) {
            used << row.value(0);
            if (!onTarget.contains(row.value(0)))
                missing << row.value(0);
        }
    }
    used.removeDuplicates();
    missing.removeDuplicates();
    c.expected = tr("on the target: %1").arg(used.join(QStringLiteral(", ")));
    if (missing.isEmpty()) {
        c.found = tr("all present");
    } else if (options.includeGlobals) {
        c.found = tr("created from the source's roles before the restore: %1").arg(missing.join(QStringLiteral(", ")));
    } else {
        c.status = CheckResult::Status::Failed;
        c.found = tr("missing on the target: %1").arg(missing.join(QStringLiteral(", ")));
        c.remedy = tr("Let the migration create them from the source's roles (Databases page: \"create the roles\"; "
                      "CLI: without --no-roles), or create them on the target yourself (CREATE ROLE …) and run the "
                      "check again.");
    }
    return c;
}

} // namespace pgcrossing

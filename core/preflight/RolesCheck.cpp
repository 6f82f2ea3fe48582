#include "RolesCheck.h"

#include "postgres/PgClient.h"

#include <QSet>

namespace pgcrossing {

QString RolesCheck::usedRolesSql()
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
            // Without ownership (--no-owner, a chosen owner) only the roles granted something are needed.
            if (options.noOwner && row.value(1) != QLatin1String("t"))
                continue;
            used << row.value(0);
            if (!onTarget.contains(row.value(0)))
                missing << row.value(0);
        }
    }
    used.removeDuplicates();
    missing.removeDuplicates();
    c.expected = tr("on the target: %1").arg(used.join(QStringLiteral(", ")));
    if (!options.owner.isEmpty() && !onTarget.contains(options.owner)) {
        c.status = CheckResult::Status::Failed;
        c.found = tr("the chosen owner %1 does not exist on the target").arg(options.owner);
        c.remedy = tr("Create it on the target first (CREATE ROLE %1 …), or choose an existing role as the owner.")
                       .arg(PgClient::quoteIdent(options.owner));
    } else if (missing.isEmpty()) {
        c.found = options.owner.isEmpty() ? tr("all present")
                                          : tr("all present; the databases and their objects will be owned by %1").arg(options.owner);
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

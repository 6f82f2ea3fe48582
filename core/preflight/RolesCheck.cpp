#include "RolesCheck.h"

#include "postgres/NeededRoles.h"
#include "postgres/PgClient.h"

#include <QSet>

namespace pgcrossing {

QList<CheckResult> RolesCheck::run(PreflightContext &ctx) const
{
    const PgClient &source = *ctx.source;
    const PgClient &target = *ctx.target;
    const PlanOptions &options = ctx.options;
    CheckResult c;
    c.id = QStringLiteral("target.roles");
    c.title = tr("The roles the databases use exist on the target");
    c.severity = CheckResult::Severity::Blocker;
    const PgResult have = target.query({}, QStringLiteral("SELECT rolname FROM pg_roles"));
    if (!have.ok) {
        c.status = CheckResult::Status::Error;
        c.found = have.error;
        return {c};
    }
    QSet<QString> onTarget;
    for (const auto &row : have.rows)
        onTarget.insert(row.value(0));
    QString error;
    const QStringList used = NeededRoles::read(source, options, &error);
    if (!error.isEmpty()) {
        c.status = CheckResult::Status::Error;
        c.found = tr("cannot list the roles the databases use: %1").arg(error);
        return {c};
    }
    QStringList missing;
    for (const QString &r : used)
        if (!onTarget.contains(r))
            missing << r;
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
    return {c};
}

} // namespace pgcrossing

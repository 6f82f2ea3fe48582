#include "FreeNamesCheck.h"

#include "postgres/PgClient.h"

#include <QSet>

namespace pgcrossing {

QList<CheckResult> FreeNamesCheck::run(PreflightContext &ctx) const
{
    const PgResult tdbs = ctx.target->query({}, QStringLiteral("SELECT datname FROM pg_database"));
    QSet<QString> taken;
    for (const auto &row : tdbs.rows)
        taken.insert(row.value(0));
    CheckResult free = CheckResult::make(QStringLiteral("target.free-names"), tr("The target database names are free"),
                            CheckResult::Severity::Blocker);
    QStringList clash, targets;
    for (const auto &m : ctx.options.databases) {
        targets << m.target;
        if (taken.contains(m.target))
            clash << m.target;
    }
    free.expected = tr("no database named %1 on the target").arg(targets.join(QStringLiteral(", ")));
    if (!clash.isEmpty()) {
        free.found = tr("already there: %1").arg(clash.join(QStringLiteral(", ")));
        if (ctx.options.replaceExisting) {
            free.severity = CheckResult::Severity::Warning;
            free.status = CheckResult::Status::Failed;
            free.remedy = tr("Replace was chosen: the existing databases are renamed aside, not dropped.");
        } else {
            free.status = CheckResult::Status::Failed;
            free.remedy = tr("Choose other target names, drop those databases yourself, or choose replace "
                             "(--replace: renames them aside).");
        }
    } else {
        free.found = tr("free");
    }
    return {free};
}

} // namespace pgcrossing

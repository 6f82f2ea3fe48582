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
    QList<CheckResult> rows;
    for (const auto &m : ctx.options.databases) {
        CheckResult free = CheckResult::make(QStringLiteral("target.free-names"), tr("The target database name is free"),
                                             CheckResult::Severity::Blocker);
        free.database = m.target;
        free.expected = tr("no database named %1 on the target").arg(m.target);
        if (!tdbs.ok) {
            free.status = CheckResult::Status::Error;
            free.found = tdbs.error;
        } else if (!taken.contains(m.target)) {
            free.found = tr("free");
        } else if (ctx.options.replaceExisting) {
            free.found = tr("already there");
            free.severity = CheckResult::Severity::Warning;
            free.status = CheckResult::Status::Failed;
            free.remedy = tr("Replace was chosen: the existing database is renamed aside, not dropped.");
        } else {
            free.found = tr("already there");
            free.status = CheckResult::Status::Failed;
            free.remedy = tr("Choose another target name, drop that database yourself, or choose replace "
                             "(--replace: renames it aside).");
        }
        rows << free;
    }
    return rows;
}

} // namespace pgcrossing

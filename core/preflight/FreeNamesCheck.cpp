#include "FreeNamesCheck.h"

#include "migration/steps/CopyDatabaseStep.h"
#include "postgres/PgClient.h"

#include <QMap>
#include <QSet>

namespace pgcrossing {

QList<CheckResult> FreeNamesCheck::run(PreflightContext &ctx) const
{
    const PgResult tdbs = ctx.target->query(
        {}, QStringLiteral("SELECT datname, coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database"));
    QSet<QString> taken;
    QMap<QString, QString> claims; // database -> the pgcrossing session whose incomplete copy it is
    for (const auto &row : tdbs.rows) {
        taken.insert(row.value(0));
        if (const QString by = CopyDatabaseStep::claimedBy(row.value(1)); !by.isEmpty())
            claims.insert(row.value(0), by);
    }
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
        } else if (claims.contains(m.target)) {
            // Another session's claim: never taken over, even with replace.
            free.found = tr("claimed by pgcrossing session %1 (its incomplete copy: being copied now, or left by a run "
                            "that failed)").arg(claims.value(m.target));
            free.status = CheckResult::Status::Failed;
            free.remedy = tr("Wait until that session ends or resume it, or choose another target name; drop that database "
                             "yourself only once that session is abandoned.");
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

#include "CheckNoWritersStep.h"

#include "migration/StepContext.h"

namespace pgcrossing {

QString CheckNoWritersStep::activitySql(const QStringList &databases)
{
    return QStringLiteral("SELECT datname, pid, usename, application_name, state, "
                          "coalesce(to_char(xact_start, 'YYYY-MM-DD HH24:MI:SS'), '') AS xact_start, "
                          "coalesce(extract(epoch FROM now() - xact_start)::bigint, 0) AS xact_seconds "
                          "FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() "
                          "AND application_name <> 'pgcrossing' AND datname = ANY(%1) ORDER BY datname, pid")
        .arg(PgClient::textArray(databases));
}

StepResult CheckNoWritersStep::run(StepContext &ctx)
{
    const PgResult r = ctx.source->query({}, activitySql(m_databases));
    if (!r.ok)
        return StepResult::failed(tr("cannot read pg_stat_activity on the source"), r.error);
    QStringList busy, idle;
    for (int i = 0; i < r.rowCount(); ++i) {
        const QString line = QStringLiteral("%1: pid %2 user %3 app \"%4\" %5 %6")
                                 .arg(r.value(i, 0), r.value(i, 1), r.value(i, 2), r.value(i, 3), r.value(i, 4),
                                      r.value(i, 5));
        (r.value(i, 4) == QLatin1String("idle") ? idle : busy) << line;
    }
    if (!busy.isEmpty())
        return StepResult::failed(tr("%n session(s) are working on the source databases; stop the "
                                     "applications or choose \"hold writes\"", nullptr, int(busy.size())),
                                  busy.join(QLatin1Char('\n')));
    if (!idle.isEmpty())
        return StepResult::warning(tr("%n idle session(s) are connected to the source databases", nullptr, int(idle.size())),
                                   idle.join(QLatin1Char('\n')));
    return StepResult::ok(tr("no other sessions"));
}

} // namespace pgcrossing

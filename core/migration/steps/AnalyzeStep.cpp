#include "AnalyzeStep.h"

#include "migration/StepContext.h"

namespace pgcrossing {

StepResult AnalyzeStep::run(StepContext &ctx)
{
    if (m_reindex) {
        ctx.progress(0, tr("REINDEX DATABASE %1").arg(m_db));
        const PgResult x = ctx.target->exec(m_db, QStringLiteral("REINDEX DATABASE %1;").arg(PgClient::quoteIdent(m_db)), ctx.cancel);
        if (x.cancelled)
            return StepResult::cancelled();
        if (!x.ok)
            return StepResult::failed(tr("REINDEX failed"), x.error);
    }
    ctx.progress(m_reindex ? 0.7 : 0, tr("ANALYZE"));
    const PgResult r = ctx.target->exec(m_db, QStringLiteral("ANALYZE;"), ctx.cancel);
    if (r.cancelled)
        return StepResult::cancelled();
    if (!r.ok)
        return StepResult::failed(tr("ANALYZE failed"), r.error);
    return StepResult::ok();
}

} // namespace pgcrossing

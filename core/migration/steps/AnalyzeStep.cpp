#include "AnalyzeStep.h"

#include "migration/StepContext.h"

namespace pgcrossing {

StepResult AnalyzeStep::run(StepContext &ctx)
{
    const PgResult r = ctx.target->exec(m_db, QStringLiteral("ANALYZE;"), ctx.cancel);
    if (r.cancelled)
        return StepResult::cancelled();
    if (!r.ok)
        return StepResult::failed(tr("ANALYZE failed"), r.error);
    return StepResult::ok();
}

} // namespace pgcrossing

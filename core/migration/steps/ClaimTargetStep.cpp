#include "ClaimTargetStep.h"

#include "CopyDatabaseStep.h"
#include "migration/StepContext.h"

namespace pgcrossing {

StepResult ClaimTargetStep::run(StepContext &ctx)
{
    const PgResult exists = CopyDatabaseStep::targetComment(ctx, m_db.target);
    if (!exists.ok)
        return StepResult::failed(tr("cannot read the target's databases"), exists.error);
    if (exists.rowCount() > 0) {
        for (const auto &t : ctx.snapshot().targets)
            if (t.database == m_db.target && t.createdBySession)
                return StepResult::ok(tr("%1 is already this session's").arg(m_db.target)); // a resumed run
        return StepResult::failed(CopyDatabaseStep::refusal(m_db.target, exists.value(0, 1)));
    }
    const StepResult created = CopyDatabaseStep::createDatabase(ctx, m_db, nullptr); // its owner is settled by the copy
    if (!created.succeeded())
        return created;
    return StepResult::ok(tr("%1 created empty and marked INCOMPLETE until the copy is verified").arg(m_db.target));
}

} // namespace pgcrossing

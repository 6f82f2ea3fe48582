#include "ReleaseHoldsStep.h"

#include "migration/StepContext.h"

namespace pgcrossing {

StepResult ReleaseHoldsStep::run(StepContext &ctx)
{
    int reverted = 0;
    QStringList errors;
    for (const SourceChange &c : ctx.snapshot().changes) {
        if (c.reverted || c.revertSql.isEmpty())
            continue;
        const PgResult r = ctx.source->exec(c.revertDatabase, c.revertSql + QLatin1Char(';'));
        if (!r.ok) {
            errors << QStringLiteral("%1: %2").arg(c.description, r.error);
            continue;
        }
        ++reverted;
        ctx.update([&](SessionRecord &rec) {
            SourceChange *x = rec.change(c.id);
            x->reverted = true;
            x->revertedAt = QDateTime::currentDateTimeUtc();
        });
        ctx.log(StepContext::Level::Info, tr("reverted on the source: %1").arg(c.revertSql));
    }
    if (!errors.isEmpty())
        return StepResult::failed(tr("%n change(s) on the source could not be undone; run the revert SQL by hand", nullptr,
                                     int(errors.size())),
                                  errors.join(QLatin1Char('\n')));
    return StepResult::ok(reverted ? tr("%n change(s) undone", nullptr, reverted) : tr("nothing to undo"));
}

} // namespace pgcrossing

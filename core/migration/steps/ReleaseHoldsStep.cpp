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
        const PgResult r = ctx.source->exec({}, c.revertSql + QLatin1Char(';'));
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
        ctx.log(StepContext::Level::Info, QStringLiteral("reverted on the source: %1").arg(c.revertSql));
    }
    if (!errors.isEmpty())
        return StepResult::failed(QStringLiteral("%1 change(s) on the source could not be undone; run the revert SQL by hand")
                                      .arg(errors.size()),
                                  errors.join(QLatin1Char('\n')));
    return StepResult::ok(reverted ? QStringLiteral("%1 change(s) undone").arg(reverted)
                                   : QStringLiteral("nothing to undo"));
}

} // namespace pgcrossing

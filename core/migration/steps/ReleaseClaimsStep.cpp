#include "ReleaseClaimsStep.h"

#include "CopyDatabaseStep.h"
#include "migration/StepContext.h"

namespace pgcrossing {

StepResult ReleaseClaimsStep::run(StepContext &ctx)
{
    const SessionRecord snap = ctx.snapshot();
    QStringList released;
    for (const TargetState &t : snap.targets) {
        if (!t.createdBySession || t.complete || !t.empty)
            continue;
        // Only while it is still this session's mark on it: a database someone else has since renamed or
        // re-commented is not ours to drop.
        const PgResult mark = CopyDatabaseStep::targetComment(ctx, t.database);
        if (!mark.ok || mark.rowCount() != 1 || CopyDatabaseStep::claimedBy(mark.value(0, 1)) != snap.id)
            continue;
        const PgResult drop = ctx.target->exec({}, QStringLiteral("DROP DATABASE %1 WITH (FORCE);").arg(PgClient::quoteIdent(t.database)));
        if (!drop.ok)
            return StepResult::failed(tr("cannot drop the empty database %1 this session claimed").arg(t.database), drop.error);
        // Nothing of this session is left there: the record no longer lists it (unless an older database was
        // renamed aside for it, which the record keeps saying).
        ctx.update([&](SessionRecord &r) {
            r.targets.removeIf([&](const TargetState &x) { return x.database == t.database && x.renamedAsideTo.isEmpty(); });
            for (TargetState &x : r.targets)
                if (x.database == t.database) {
                    x.createdBySession = false;
                    x.empty = false;
                }
        });
        released << t.database;
    }
    return StepResult::ok(released.isEmpty() ? tr("no empty claim to give back")
                                             : tr("dropped the empty %1 again: the name is free").arg(released.join(QStringLiteral(", "))));
}

} // namespace pgcrossing

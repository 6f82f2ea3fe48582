#include "RenameAsideStep.h"

#include "CopyDatabaseStep.h"
#include "migration/StepContext.h"

namespace pgcrossing {

StepResult RenameAsideStep::run(StepContext &ctx)
{
    const PgResult exists = CopyDatabaseStep::targetComment(ctx, m_db);
    if (!exists.ok)
        return StepResult::failed(tr("cannot read the target's databases"), exists.error);
    if (exists.rowCount() == 0)
        return StepResult::ok(tr("no database %1 on the target; nothing to rename").arg(m_db));
    const SessionRecord snap = ctx.snapshot();
    // Another session's claim is never pushed aside: that session is copying into it (or will resume it).
    if (const QString other = CopyDatabaseStep::claimedBy(exists.value(0, 1)); !other.isEmpty() && other != snap.id)
        return StepResult::failed(CopyDatabaseStep::refusal(m_db, exists.value(0, 1)));
    // Names are at most 63 bytes; keep the tail that makes it unique.
    const QString aside = QStringLiteral("%1_pgx_old_%2").arg(m_db.left(30), snap.id.left(15));
    const PgResult r = ctx.target->exec({}, QStringLiteral("ALTER DATABASE %1 RENAME TO %2;")
                                                .arg(PgClient::quoteIdent(m_db), PgClient::quoteIdent(aside)));
    if (!r.ok)
        return StepResult::failed(tr("cannot rename %1 aside (close every session to it first)").arg(m_db),
                                  r.error);
    ctx.update([&](SessionRecord &rec) { rec.targetState(m_db)->renamedAsideTo = aside; });
    return StepResult::ok(tr("existing %1 is now %2").arg(m_db, aside));
}

} // namespace pgcrossing

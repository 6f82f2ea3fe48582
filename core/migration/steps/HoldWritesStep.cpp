#include "HoldWritesStep.h"

#include "migration/StepContext.h"

namespace pgcrossing {

StepResult HoldWritesStep::run(StepContext &ctx)
{
    int ended = 0;
    for (const QString &db : m_databases) {
        if (ctx.cancelled())
            return StepResult::cancelled();
        const QString changeId = QStringLiteral("hold-writes:") + db;
        const SessionRecord snap = ctx.snapshot();
        bool alreadyHeld = false;
        for (const auto &c : snap.changes)
            alreadyHeld = alreadyHeld || (c.id == changeId && !c.reverted && c.applied.isValid());
        if (!alreadyHeld) {
            // What was there before decides what "undo" means.
            const PgResult prev = ctx.source->query(
                {}, QStringLiteral("SELECT coalesce((SELECT split_part(c, '=', 2) FROM pg_db_role_setting s, unnest(s.setconfig) c "
                                   "WHERE s.setrole = 0 AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = %1) "
                                   "AND c LIKE 'default_transaction_read_only=%'), '')")
                        .arg(PgClient::quoteLiteral(db)));
            if (!prev.ok)
                return StepResult::failed(tr("cannot read the settings of %1").arg(db), prev.error);
            const QString ident = PgClient::quoteIdent(db);
            const QString apply = QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(ident);
            const QString revert = prev.scalar().isEmpty()
                                       ? QStringLiteral("ALTER DATABASE %1 RESET default_transaction_read_only").arg(ident)
                                       : QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = %2")
                                             .arg(ident, PgClient::quoteLiteral(prev.scalar()));
            ctx.update([&](SessionRecord &r) {
                SourceChange *c = r.change(changeId);
                if (!c) {
                    r.changes.append(SourceChange{changeId, db});
                    c = &r.changes.last();
                }
                c->description = tr("database %1 made read-only for new sessions; other sessions ended").arg(db);
                c->applySql = apply;
                c->revertSql = revert;
                c->reverted = false;
            });
            const PgResult a = ctx.source->exec({}, apply + QLatin1Char(';'));
            if (!a.ok)
                return StepResult::failed(tr("cannot hold writes on %1").arg(db), a.error);
            ctx.update([&](SessionRecord &r) { r.change(changeId)->applied = QDateTime::currentDateTimeUtc(); });
            ctx.log(StepContext::Level::Warning, tr("source database %1 is now read-only; undo: %2").arg(db, revert));
        }
        const PgResult t = ctx.source->query(
            {}, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = %1 "
                               "AND pid <> pg_backend_pid() AND backend_type = 'client backend' "
                               "AND application_name <> 'pgcrossing'")
                    .arg(PgClient::quoteLiteral(db)));
        if (!t.ok)
            return StepResult::failed(tr("cannot end the sessions on %1").arg(db), t.error);
        ended += t.scalar().toInt();
    }
    return StepResult::ok(tr("%1 database(s) read-only, %2 session(s) ended").arg(m_databases.size()).arg(ended));
}

} // namespace pgcrossing

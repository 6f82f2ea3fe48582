#include "TextSearchLoan.h"

#include "migration/StepContext.h"

namespace pgcrossing {

StepResult TextSearchLoan::find(StepContext &ctx, const QString &db, QList<TextSearchConfigs::Entry> *entries)
{
    // Every configuration this session ever lent in db, whatever the record says of it now: lent to its
    // extension it no longer looks like a user's configuration in the catalog.
    QStringList adopted;
    const QString prefix = TextSearchConfigs::changeId(db, QString());
    for (const SourceChange &c : ctx.snapshot().changes)
        if (c.database == db && c.id.startsWith(prefix))
            adopted << c.id.mid(prefix.size());
    QString error;
    *entries = TextSearchConfigs::read(*ctx.source, db, adopted, &error);
    if (!error.isEmpty())
        return StepResult::failed(tr("cannot read the text-search configurations of %1").arg(db), error);
    for (const TextSearchConfigs::Entry &e : *entries)
        if (!e.carriable())
            return StepResult::failed(tr("text-search configuration %1 cannot be carried apart: %2").arg(e.config, e.whyNotCarriable()));
    return StepResult::ok();
}

StepResult TextSearchLoan::lend(StepContext &ctx, const QString &db, const QList<TextSearchConfigs::Entry> &entries)
{
    for (const TextSearchConfigs::Entry &e : entries) {
        const QString id = TextSearchConfigs::changeId(db, e.config);
        // Recorded before it runs (with its undo, which is harmless if it never ran), applied once it did.
        ctx.update([&](SessionRecord &r) {
            SourceChange *c = r.change(id);
            if (!c) {
                r.changes.append(SourceChange{id, db});
                c = &r.changes.last();
            }
            c->description = tr("text-search configuration %1 lent to extension %2 for the dump (pg_dump skips it)")
                                 .arg(e.config, e.extension);
            c->applySql = e.adoptSql();
            c->revertSql = e.releaseSql();
            c->revertDatabase = db;
            c->applied = QDateTime();
            c->reverted = false;
            c->revertedAt = QDateTime();
        });
        const PgResult a = ctx.source->exec(db, e.adoptSql() + QLatin1Char(';'));
        if (!a.ok)
            return StepResult::failed(tr("cannot lend %1 to extension %2 on the source").arg(e.config, e.extension), a.error);
        ctx.update([&](SessionRecord &r) { r.change(id)->applied = QDateTime::currentDateTimeUtc(); });
        ctx.log(StepContext::Level::Warning, tr("source: %1 lent to extension %2 until the dump ends; undo: %3")
                                                 .arg(e.config, e.extension, e.releaseSql()));
    }
    return StepResult::ok();
}

QString TextSearchLoan::giveBack(StepContext &ctx, const QString &db, const QList<TextSearchConfigs::Entry> &entries)
{
    QStringList errors;
    for (const TextSearchConfigs::Entry &e : entries) {
        const QString id = TextSearchConfigs::changeId(db, e.config);
        const PgResult r = ctx.source->exec(db, e.releaseSql() + QLatin1Char(';'));
        if (!r.ok) {
            errors << QStringLiteral("%1: %2").arg(e.config, r.error);
            continue;
        }
        ctx.update([&](SessionRecord &rec) {
            if (SourceChange *c = rec.change(id)) {
                c->reverted = true;
                c->revertedAt = QDateTime::currentDateTimeUtc();
            }
        });
        ctx.log(StepContext::Level::Info, tr("source: %1 given back, as it was").arg(e.config));
    }
    if (!errors.isEmpty())
        ctx.log(StepContext::Level::Error, tr("the source still lends these configurations; run `pgcrossing-cli revert`: %1")
                                               .arg(errors.join(QStringLiteral("; "))));
    return errors.join(QLatin1Char('\n'));
}

StepResult TextSearchLoan::createOnTarget(StepContext &ctx, const QString &targetDb, const PlanOptions &options,
                                          const QList<TextSearchConfigs::Entry> &entries)
{
    for (const TextSearchConfigs::Entry &e : entries) {
        QString owner = options.owner;
        if (!options.noOwner) {
            const PgResult has = ctx.target->query({}, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = %1")
                                                           .arg(PgClient::quoteLiteral(e.owner)));
            owner = has.scalar() == QLatin1String("1") ? e.owner : QString();
        }
        const PgResult created = ctx.target->exec(targetDb, e.createSql(owner));
        if (!created.ok)
            return StepResult::failed(tr("cannot create %1 on the target before the restore").arg(e.config), created.error);
        ctx.log(StepContext::Level::Info, tr("target: %1 created as COPY = %2 before the restore").arg(e.config, e.copyFrom));
    }
    return StepResult::ok();
}

} // namespace pgcrossing

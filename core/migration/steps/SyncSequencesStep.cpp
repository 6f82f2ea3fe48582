#include "SyncSequencesStep.h"

#include "postgres/OwnedSequences.h"

#include "migration/StepContext.h"

#include <QMap>

namespace pgcrossing {

namespace {
const QString kSql = QStringLiteral("SELECT format('%I.%I', schemaname, sequencename), coalesce(last_value::text, '') "
                                    "FROM pg_sequences ORDER BY 1");
}

StepResult SyncSequencesStep::run(StepContext &ctx)
{
    const PgResult src = ctx.source->query(m_db.source, kSql);
    if (!src.ok)
        return StepResult::failed(tr("cannot read the source's sequences"), src.error);
    const PgResult dst = ctx.target->query(m_db.target, kSql);
    if (!dst.ok)
        return StepResult::failed(tr("cannot read the target's sequences"), dst.error);
    QMap<QString, QString> target;
    for (const auto &row : dst.rows)
        target.insert(row.value(0), row.value(1));
    QStringList fixes, missing;
    for (const auto &row : src.rows) {
        const QString name = row.value(0), value = row.value(1);
        if (!target.contains(name)) {
            missing << name;
            continue;
        }
        if (value.isEmpty() || target.value(name) == value)
            continue;
        fixes << QStringLiteral("SELECT setval(%1::regclass, %2, true);").arg(PgClient::quoteLiteral(name), value);
    }
    if (!fixes.isEmpty()) {
        const PgResult r = ctx.target->exec(m_db.target, fixes.join(QLatin1Char('\n')));
        if (!r.ok)
            return StepResult::failed(tr("cannot set the target's sequences"), r.error);
    }
    // A sequence still below the largest value in its column (rows inserted with explicit ids, on the
    // source already) moves past it, so the next insert on the target does not collide.
    QString error;
    const QList<OwnedSequences::Entry> owned = OwnedSequences::read(*ctx.target, m_db.target, &error);
    if (!error.isEmpty())
        return StepResult::failed(tr("cannot compare the target's sequences with their columns"), error);
    QStringList raised;
    for (const OwnedSequences::Entry &e : owned)
        if (e.behind())
            raised << QStringLiteral("SELECT setval(%1::regclass, %2, true);").arg(PgClient::quoteLiteral(e.sequence), e.columnMax);
    if (!raised.isEmpty()) {
        const PgResult r = ctx.target->exec(m_db.target, raised.join(QLatin1Char('\n')));
        if (!r.ok)
            return StepResult::failed(tr("cannot set the target's sequences"), r.error);
        ctx.log(StepContext::Level::Warning, tr("%n sequence(s) were behind their column and now continue after its "
                                                "largest value", nullptr, int(raised.size())));
    }
    if (!missing.isEmpty())
        return StepResult::warning(tr("%n sequence(s) missing on the target", nullptr, int(missing.size())),
                                   missing.join(QLatin1Char('\n')));
    return StepResult::ok(tr("%1 sequence(s) checked, %2 set to the source's value")
                              .arg(src.rowCount())
                              .arg(fixes.size()));
}

} // namespace pgcrossing

#include "VerifyStep.h"

#include "migration/StepContext.h"
#include "verify/DatabaseVerifier.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace pgcrossing {

StepResult VerifyStep::run(StepContext &ctx)
{
    QElapsedTimer timer;
    timer.start();
    const SessionRecord snap = ctx.snapshot();
    const int srcMajor = snap.environment.value(QStringLiteral("source")).toObject().value(QStringLiteral("serverVersionNum")).toInt() / 10000;
    const int dstMajor = snap.environment.value(QStringLiteral("target")).toObject().value(QStringLiteral("serverVersionNum")).toInt() / 10000;
    // Record hashes are stable within a major version only; otherwise compare text renderings.
    const bool textMode = srcMajor == 0 || srcMajor != dstMajor;

    DatabaseVerifier verifier(*ctx.source, *ctx.target);
    if (m_options.noOwner)
        verifier.setOwnerOnTarget(m_options.owner.isEmpty() ? QStringLiteral("*") : m_options.owner);
    Verification result;
    QStringList failures;
    const int n = int(m_options.databases.size());
    for (int i = 0; i < n; ++i) {
        const DatabaseMapping &m = m_options.databases[i];
        if (ctx.cancelled())
            return StepResult::cancelled();
        // --strict names tables as db.schema.table; the verifier wants schema.table of this database.
        QStringList strict;
        for (const QString &t : m_options.strictTables)
            if (t.startsWith(m.source + QLatin1Char('.')))
                strict << t.mid(m.source.size() + 1);
        QList<VerifyQuery> queries;
        for (const VerifyQuery &q : m_options.verifyQueries)
            if (q.appliesTo(m.source))
                queries << q;
        const DatabaseVerifier::Result r = verifier.run(m.source, m.target, textMode, m_options.maxDifferingKeys, strict, queries, ctx.cancel,
                                                        [&](const QString &s) { ctx.progress(double(i) / n, s); });
        result.method = r.method;
        if (!r.error.isEmpty()) {
            failures << QStringLiteral("%1: %2").arg(m.target, r.error);
            result.tables.append(TableDiff::databaseError(m.target, r.error));
            result.summary.count(result.tables.last());
            continue;
        }
        result.tables += r.tables;
        result.inventory += r.inventory;
        result.summary += r.summary;
    }
    if (ctx.cancelled())
        return StepResult::cancelled();

    const VerificationSummary &sum = result.summary;
    result.verdict = Verification::verdictOf(sum);
    result.millis = timer.elapsed();
    ctx.update([&](SessionRecord &r) { r.verification = result; });

    const QString summary = tr("%1 table(s) identical, %2 different, %3 missing on the target, %4 only on the target, "
                               "%5 could not be compared; %6 inventory difference(s)")
                                .arg(sum.equal).arg(sum.differs).arg(sum.missingOnTarget).arg(sum.extraOnTarget)
                                .arg(sum.errors).arg(sum.inventoryDifferences);
    if (sum.errors)
        return StepResult::failed(summary, failures.join(QLatin1Char('\n')));
    if (!sum.same()) {
        QStringList names;
        for (const TableDiff &t : result.tables)
            if (t.status != TableStatus::Equal)
                names << QStringLiteral("%1.%2.%3 (%4)").arg(t.database, t.schema, t.table, codeOf(t.status));
        for (const InventoryRow &x : result.inventory)
            if (isDifference(x.status))
                names << QStringLiteral("%1 %2 %3 (%4)").arg(x.database, x.kind, x.key, codeOf(x.status));
        return StepResult::failed(summary, names.join(QLatin1Char('\n')));
    }
    return StepResult::ok(summary);
}

} // namespace pgcrossing

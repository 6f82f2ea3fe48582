#include "VerifyStep.h"

#include "migration/StepContext.h"
#include "verify/DatabaseVerifier.h"

#include <QElapsedTimer>
#include <QJsonArray>
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
    QJsonArray tables, inventory;
    int equal = 0, differs = 0, missing = 0, extra = 0, errors = 0, invDiff = 0;
    QStringList failures;
    QString method;
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
        const DatabaseVerifier::Result r = verifier.run(m.source, m.target, textMode, m_options.maxDifferingKeys, strict, ctx.cancel,
                                                        [&](const QString &s) { ctx.progress(double(i) / n, s); });
        method = r.method;
        if (!r.error.isEmpty()) {
            ++errors;
            failures << QStringLiteral("%1: %2").arg(m.target, r.error);
            tables.append(QJsonObject{{QStringLiteral("database"), m.target}, {QStringLiteral("status"), QStringLiteral("error")},
                                      {QStringLiteral("message"), r.error}});
            continue;
        }
        for (const auto &t : r.tables)
            tables.append(t);
        for (const auto &x : r.inventory)
            inventory.append(x);
        equal += r.equal;
        differs += r.differs;
        missing += r.missingOnTarget;
        extra += r.extraOnTarget;
        errors += r.errors;
        invDiff += r.inventoryDifferences;
    }
    if (ctx.cancelled())
        return StepResult::cancelled();

    const bool same = differs + missing + extra + errors + invDiff == 0;
    const QString verdict = errors ? QStringLiteral("error") : same ? QStringLiteral("equal") : QStringLiteral("different");
    const QJsonObject result{
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("method"), method},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("equal"), equal}, {QStringLiteral("differs"), differs},
                                                {QStringLiteral("missingOnTarget"), missing}, {QStringLiteral("extraOnTarget"), extra},
                                                {QStringLiteral("error"), errors}, {QStringLiteral("inventoryDifferences"), invDiff}}},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("inventory"), inventory},
        {QStringLiteral("millis"), double(timer.elapsed())}};
    ctx.update([&](SessionRecord &r) { r.verification = result; });

    const QString summary = tr("%1 table(s) identical, %2 different, %3 missing on the target, %4 only on the target, "
                               "%5 could not be compared; %6 inventory difference(s)")
                                .arg(equal).arg(differs).arg(missing).arg(extra).arg(errors).arg(invDiff);
    if (errors)
        return StepResult::failed(summary, failures.join(QLatin1Char('\n')));
    if (!same) {
        QStringList names;
        for (const auto &t : tables) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("status")).toString() != QLatin1String("equal"))
                names << QStringLiteral("%1.%2.%3 (%4)").arg(o.value(QStringLiteral("database")).toString(),
                                                             o.value(QStringLiteral("schema")).toString(),
                                                             o.value(QStringLiteral("table")).toString(),
                                                             o.value(QStringLiteral("status")).toString());
        }
        for (const auto &x : inventory) {
            const QJsonObject o = x.toObject();
            const QString st = o.value(QStringLiteral("status")).toString();
            if (st != QLatin1String("equal") && st != QLatin1String("info"))
                names << QStringLiteral("%1 %2 %3 (%4)").arg(o.value(QStringLiteral("database")).toString(),
                                                             o.value(QStringLiteral("kind")).toString(),
                                                             o.value(QStringLiteral("key")).toString(), st);
        }
        return StepResult::failed(summary, names.join(QLatin1Char('\n')));
    }
    return StepResult::ok(summary);
}

} // namespace pgcrossing

#include "Verification.h"

#include <QJsonArray>

namespace pgcrossing {

VerificationVerdict Verification::verdictOf(const VerificationSummary &s)
{
    if (s.errors)
        return VerificationVerdict::Error;
    return s.same() ? VerificationVerdict::Equal : VerificationVerdict::Different;
}

QJsonObject Verification::toJson() const
{
    if (isEmpty())
        return {};
    QJsonArray t, inv;
    for (const TableDiff &x : tables)
        t.append(x.toJson());
    for (const InventoryRow &x : inventory)
        inv.append(x.toJson());
    QJsonObject o{{QStringLiteral("verdict"), codeOf(verdict)}, {QStringLiteral("method"), method},
                  {QStringLiteral("summary"), summary.toJson()}, {QStringLiteral("tables"), t},
                  {QStringLiteral("inventory"), inv}};
    if (millis >= 0)
        o[QStringLiteral("millis")] = double(millis);
    return o;
}

Verification Verification::fromJson(const QJsonObject &o)
{
    Verification v;
    v.verdict = fromCode(o.value(QStringLiteral("verdict")).toString(), VerificationVerdict::NotVerified);
    v.method = o.value(QStringLiteral("method")).toString();
    for (const auto &x : o.value(QStringLiteral("tables")).toArray())
        if (x.isObject())
            v.tables << TableDiff::fromJson(x.toObject());
    for (const auto &x : o.value(QStringLiteral("inventory")).toArray())
        if (x.isObject())
            v.inventory << InventoryRow::fromJson(x.toObject());
    v.summary = VerificationSummary::fromJson(o.value(QStringLiteral("summary")).toObject(), v.tables, v.inventory);
    v.millis = o.value(QStringLiteral("millis")).isDouble() ? qint64(o.value(QStringLiteral("millis")).toDouble()) : -1;
    return v;
}

} // namespace pgcrossing

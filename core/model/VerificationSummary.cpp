#include "VerificationSummary.h"

#include "InventoryRow.h"
#include "TableDiff.h"

namespace pgcrossing {

void VerificationSummary::count(const TableDiff &table)
{
    switch (table.status) {
    case TableStatus::Equal: ++equal; break;
    case TableStatus::Differs: ++differs; break;
    case TableStatus::MissingOnTarget: ++missingOnTarget; break;
    case TableStatus::ExtraOnTarget: ++extraOnTarget; break;
    case TableStatus::Error: ++errors; break;
    }
}

void VerificationSummary::count(const InventoryRow &item)
{
    if (isDifference(item.status))
        ++inventoryDifferences;
}

VerificationSummary &VerificationSummary::operator+=(const VerificationSummary &o)
{
    equal += o.equal;
    differs += o.differs;
    missingOnTarget += o.missingOnTarget;
    extraOnTarget += o.extraOnTarget;
    errors += o.errors;
    inventoryDifferences += o.inventoryDifferences;
    return *this;
}

QJsonObject VerificationSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("equal"), equal},
                       {QStringLiteral("differs"), differs},
                       {QStringLiteral("missingOnTarget"), missingOnTarget},
                       {QStringLiteral("extraOnTarget"), extraOnTarget},
                       {QStringLiteral("error"), errors},
                       {QStringLiteral("inventoryDifferences"), inventoryDifferences}};
}

VerificationSummary VerificationSummary::fromJson(const QJsonObject &o, const QList<TableDiff> &tables,
                                                  const QList<InventoryRow> &inventory)
{
    VerificationSummary counted;
    for (const TableDiff &t : tables)
        counted.count(t);
    for (const InventoryRow &i : inventory)
        counted.count(i);
    auto pick = [&o](const char *key, int fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? v.toInt() : fallback;
    };
    VerificationSummary s;
    s.equal = pick("equal", counted.equal);
    s.differs = pick("differs", counted.differs);
    s.missingOnTarget = pick("missingOnTarget", counted.missingOnTarget);
    s.extraOnTarget = pick("extraOnTarget", counted.extraOnTarget);
    s.errors = pick("error", counted.errors);
    s.inventoryDifferences = pick("inventoryDifferences", counted.inventoryDifferences);
    return s;
}

} // namespace pgcrossing

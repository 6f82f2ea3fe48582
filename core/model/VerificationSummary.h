#pragma once
#include <QJsonObject>
#include <QList>

namespace pgcrossing {

struct InventoryRow;
struct TableDiff;

// The counts of a verification: tables by status, and inventory items that differ. JSON (the session
// record's verification.summary): equal, differs, missingOnTarget, extraOnTarget, error,
// inventoryDifferences.
struct VerificationSummary {
    int equal = 0;
    int differs = 0;
    int missingOnTarget = 0;
    int extraOnTarget = 0;
    int errors = 0;
    int inventoryDifferences = 0;

    // Nothing differs and nothing failed to compare.
    bool same() const { return differs + missingOnTarget + extraOnTarget + errors + inventoryDifferences == 0; }
    void count(const TableDiff &table);
    void count(const InventoryRow &item);
    VerificationSummary &operator+=(const VerificationSummary &other);

    QJsonObject toJson() const;
    // A count missing from the JSON is counted from the rows.
    static VerificationSummary fromJson(const QJsonObject &o, const QList<TableDiff> &tables,
                                        const QList<InventoryRow> &inventory);
};

} // namespace pgcrossing

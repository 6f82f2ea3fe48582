#pragma once
#include "InventoryStatus.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace pgcrossing {

// One inventory item compared on both sides: an extension, table shape, index, constraint, sequence,
// view, function, trigger, text-search configuration or the database's size. JSON (the session record's
// verification.inventory[]): database, kind, key, source and target when that side has the item (a
// sequence's last value and a size as decimal text), status, message when there is one.
struct InventoryRow {
    QString database;
    QString kind;                    // "index", "sequence", "size", …
    QString key;                     // the object's qualified name
    std::optional<QString> source;   // nullopt: the source has no such item
    std::optional<QString> target;
    InventoryStatus status = InventoryStatus::Equal;
    QString message;

    // A kind (the record's code: "index", "text search config", …) in the words a user reads, translated;
    // a kind this version has no word for, capitalised. The Verify page and the report both say it so.
    static QString kindWord(const QString &kind);

    QJsonObject toJson() const;
    // Defensive: a missing or unknown status reads as Differs (counted, never hidden); a number reads as text.
    static InventoryRow fromJson(const QJsonObject &o);
};

} // namespace pgcrossing

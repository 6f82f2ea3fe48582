#pragma once
#include "CodeTable.h"

#include <QJsonValue>
#include <QString>

namespace pgcrossing {

// One primary key whose row differs between the two sides of a table, as the key locator found it:
// the key as ROW(...)::text ("(42)", "(7,abc)") and how it differs. JSON: {key, kind} with kind
// changed, missing-on-target or extra-on-target.
struct DifferingKey {
    enum class Kind { Changed, MissingOnTarget, ExtraOnTarget };
    QString key;
    Kind kind = Kind::Changed;

    QJsonValue toJson() const;
    // Also reads a bare string (a key without its kind, as hand-written records have it).
    static DifferingKey fromJson(const QJsonValue &v);
    bool operator==(const DifferingKey &) const = default;
};

template <>
const CodeTable<DifferingKey::Kind> &codeTable<DifferingKey::Kind>();

} // namespace pgcrossing

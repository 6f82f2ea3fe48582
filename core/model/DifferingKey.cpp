#include "DifferingKey.h"

#include <QJsonObject>

namespace pgcrossing {

template <>
const CodeTable<DifferingKey::Kind> &codeTable<DifferingKey::Kind>()
{
    static constexpr CodeEntry<DifferingKey::Kind> entries[] = {
        {DifferingKey::Kind::Changed, "changed", QT_TRANSLATE_NOOP("DifferingKey", "Changed")},
        {DifferingKey::Kind::MissingOnTarget, "missing-on-target", QT_TRANSLATE_NOOP("DifferingKey", "Missing on target")},
        {DifferingKey::Kind::ExtraOnTarget, "extra-on-target", QT_TRANSLATE_NOOP("DifferingKey", "Only on target")},
    };
    static constexpr CodeTable<DifferingKey::Kind> table("DifferingKey", entries);
    return table;
}

QJsonValue DifferingKey::toJson() const
{
    return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("kind"), codeOf(kind)}};
}

DifferingKey DifferingKey::fromJson(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString(), Kind::Changed};
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("key")).toString(),
            fromCode(o.value(QStringLiteral("kind")).toString(), Kind::Changed)};
}

} // namespace pgcrossing

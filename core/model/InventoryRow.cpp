#include "InventoryRow.h"

namespace pgcrossing {

namespace {
std::optional<QString> side(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}
} // namespace

QJsonObject InventoryRow::toJson() const
{
    QJsonObject o{{QStringLiteral("database"), database}, {QStringLiteral("kind"), kind}, {QStringLiteral("key"), key},
                  {QStringLiteral("status"), codeOf(status)}};
    if (source)
        o[QStringLiteral("source")] = *source;
    if (target)
        o[QStringLiteral("target")] = *target;
    if (!message.isEmpty())
        o[QStringLiteral("message")] = message;
    return o;
}

InventoryRow InventoryRow::fromJson(const QJsonObject &o)
{
    InventoryRow r;
    r.database = o.value(QStringLiteral("database")).toString();
    r.kind = o.value(QStringLiteral("kind")).toString();
    r.key = o.value(QStringLiteral("key")).toString();
    r.source = side(o, QStringLiteral("source"));
    r.target = side(o, QStringLiteral("target"));
    r.status = fromCode(o.value(QStringLiteral("status")).toString(), InventoryStatus::Differs);
    r.message = o.value(QStringLiteral("message")).toString();
    return r;
}

} // namespace pgcrossing

#include "InventoryRow.h"

#include <QCoreApplication>

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

QString InventoryRow::kindWord(const QString &kind)
{
    static const struct {
        const char *code;
        const char *word;
    } kinds[] = {
        {"extension", QT_TRANSLATE_NOOP("InventoryRow", "Extension")},
        {"table", QT_TRANSLATE_NOOP("InventoryRow", "Table columns")},
        {"index", QT_TRANSLATE_NOOP("InventoryRow", "Index")},
        {"constraint", QT_TRANSLATE_NOOP("InventoryRow", "Constraint")},
        {"sequence", QT_TRANSLATE_NOOP("InventoryRow", "Sequence")},
        {"large object", QT_TRANSLATE_NOOP("InventoryRow", "Large object")},
        {"not compared", QT_TRANSLATE_NOOP("InventoryRow", "Not compared")},
        {"query", QT_TRANSLATE_NOOP("InventoryRow", "Your check")},
        {"view", QT_TRANSLATE_NOOP("InventoryRow", "View (definition)")},
        {"function", QT_TRANSLATE_NOOP("InventoryRow", "Function")},
        {"trigger", QT_TRANSLATE_NOOP("InventoryRow", "Trigger")},
        {"text search config", QT_TRANSLATE_NOOP("InventoryRow", "Text-search configuration")},
        {"size", QT_TRANSLATE_NOOP("InventoryRow", "Database size")},
    };
    for (const auto &k : kinds)
        if (kind == QLatin1String(k.code))
            return QCoreApplication::translate("InventoryRow", k.word);
    QString word = kind;
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
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

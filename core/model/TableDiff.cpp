#include "TableDiff.h"

#include <QJsonArray>

namespace pgcrossing {

TableDiff TableDiff::databaseError(const QString &database, const QString &message)
{
    TableDiff t;
    t.database = database;
    t.status = TableStatus::Error;
    t.message = message;
    return t;
}

QJsonObject TableDiff::toJson() const
{
    QJsonObject o{{QStringLiteral("database"), database}, {QStringLiteral("status"), codeOf(status)}};
    if (!isDatabaseRow()) {
        o[QStringLiteral("schema")] = schema;
        o[QStringLiteral("table")] = table;
        o[QStringLiteral("keyColumns")] = QJsonArray::fromStringList(keyColumns);
        if (!partitionOf.isEmpty())
            o[QStringLiteral("partitionOf")] = partitionOf;
    }
    if (fingerprinted) {
        o[QStringLiteral("sourceRows")] = double(sourceRows);
        o[QStringLiteral("targetRows")] = double(targetRows);
        o[QStringLiteral("sourceHash")] = sourceHash;
        o[QStringLiteral("targetHash")] = targetHash;
    }
    if (!message.isEmpty())
        o[QStringLiteral("message")] = message;
    if (keysLocated) {
        QJsonArray keys;
        for (const DifferingKey &k : differingKeys)
            keys.append(k.toJson());
        o[QStringLiteral("differingKeys")] = keys;
    }
    if (strictChecked) {
        o[QStringLiteral("sourceSha256")] = sourceSha256;
        o[QStringLiteral("targetSha256")] = targetSha256;
    }
    return o;
}

TableDiff TableDiff::fromJson(const QJsonObject &o)
{
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    TableDiff t;
    t.database = text("database");
    t.schema = text("schema");
    t.table = text("table");
    t.partitionOf = text("partitionOf");
    for (const auto &c : o.value(QStringLiteral("keyColumns")).toArray())
        t.keyColumns << c.toString();
    t.fingerprinted = o.contains(QStringLiteral("sourceRows")) || o.contains(QStringLiteral("targetRows"));
    t.sourceRows = qint64(o.value(QStringLiteral("sourceRows")).toDouble(-1));
    t.targetRows = qint64(o.value(QStringLiteral("targetRows")).toDouble(-1));
    t.sourceHash = text("sourceHash");
    t.targetHash = text("targetHash");
    t.status = fromCode(text("status"), TableStatus::Error);
    t.message = text("message");
    t.keysLocated = o.contains(QStringLiteral("differingKeys"));
    for (const auto &k : o.value(QStringLiteral("differingKeys")).toArray())
        t.differingKeys << DifferingKey::fromJson(k);
    t.strictChecked = o.contains(QStringLiteral("sourceSha256")) || o.contains(QStringLiteral("targetSha256"));
    t.sourceSha256 = text("sourceSha256");
    t.targetSha256 = text("targetSha256");
    return t;
}

QString TableDiff::shortFingerprint(const QString &decimal)
{
    QString digits = decimal.trimmed();
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    if (digits.isEmpty())
        return decimal;
    quint64 v = 0;
    for (const QChar c : std::as_const(digits)) {
        if (!c.isDigit())
            return decimal.left(12); // not a number (another method's digest): its start
        v = v * 10 + quint64(c.digitValue()); // wraps modulo 2^64
    }
    if (negative)
        v = ~v + 1;
    return QStringLiteral("%1").arg(v & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

} // namespace pgcrossing

#include "VerifyQuery.h"

#include <QCoreApplication>

namespace pgcrossing {

QJsonObject VerifyQuery::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("sql"), sql}};
    if (!database.isEmpty())
        o[QStringLiteral("database")] = database;
    return o;
}

VerifyQuery VerifyQuery::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("sql")).toString(),
            o.value(QStringLiteral("database")).toString()};
}

bool VerifyQuery::parse(const QString &spec, VerifyQuery *out, QString *error)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    QString head = eq < 0 ? QString() : spec.left(eq).trimmed();
    const QString sql = eq < 0 ? QString() : spec.mid(eq + 1).trimmed();
    QString database;
    // A colon before the "=" names the database; a name holding one is not expected.
    if (const qsizetype colon = head.indexOf(QLatin1Char(':')); colon >= 0) {
        database = head.left(colon).trimmed();
        head = head.mid(colon + 1).trimmed();
    }
    if (head.isEmpty() || sql.isEmpty()) {
        *error = QCoreApplication::translate("VerifyQuery", "a check must read NAME=SQL or DATABASE:NAME=SQL "
                                                            "(got \"%1\")").arg(spec);
        return false;
    }
    *out = VerifyQuery{head, sql, database};
    return true;
}

} // namespace pgcrossing

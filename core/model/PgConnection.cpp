#include "PgConnection.h"

namespace pgcrossing {

QJsonObject PgConnection::toJson() const
{
    QJsonObject o;
    if (!host.isEmpty())
        o[QStringLiteral("host")] = host;
    if (port)
        o[QStringLiteral("port")] = port;
    o[QStringLiteral("user")] = user;
    if (!binDir.isEmpty())
        o[QStringLiteral("binDir")] = binDir;
    o[QStringLiteral("maintenanceDb")] = maintenanceDb;
    if (!sslMode.isEmpty())
        o[QStringLiteral("sslMode")] = sslMode;
    return o;
}

PgConnection PgConnection::fromJson(const QJsonObject &o)
{
    PgConnection c;
    c.host = o.value(QStringLiteral("host")).toString();
    c.port = o.value(QStringLiteral("port")).toInt();
    c.user = o.value(QStringLiteral("user")).toString(QStringLiteral("postgres"));
    c.binDir = o.value(QStringLiteral("binDir")).toString();
    c.maintenanceDb = o.value(QStringLiteral("maintenanceDb")).toString(QStringLiteral("postgres"));
    c.sslMode = o.value(QStringLiteral("sslMode")).toString();
    return c;
}

} // namespace pgcrossing

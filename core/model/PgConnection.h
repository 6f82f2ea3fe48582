#pragma once
#include <QJsonObject>
#include <QString>

namespace pgcrossing {

// How the client tools reach the PostgreSQL server from wherever the Shell runs them (the host or the
// container): socket or TCP host, port, user, and where the tools live. The password is not here.
struct PgConnection {
    QString host;               // empty: the tools' default (local socket / PGHOST)
    int port = 0;               // 0: the tools' default (PGPORT or 5432)
    QString user = QStringLiteral("postgres");
    QString binDir;             // empty: tools found on PATH
    QString maintenanceDb = QStringLiteral("postgres");
    QString sslMode;            // empty: libpq default
    QString appName = QStringLiteral("pgcrossing");

    QJsonObject toJson() const;
    static PgConnection fromJson(const QJsonObject &o);
};

} // namespace pgcrossing

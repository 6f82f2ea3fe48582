#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pgcrossing {

// Facts read from a server's catalog, as plain values for the wizard's pages and the session record.
struct DatabaseInfo {
    QString name;
    QString owner;
    QString encoding;
    QString collate;
    qint64 bytes = 0;
    bool isTemplate = false;
    bool allowConnections = true;
    QJsonObject toJson() const;
};

struct TableInfo {
    QString schema;
    QString name;
    qint64 totalBytes = 0;     // table + indexes + toast
    qint64 tableBytes = 0;
    qint64 estimatedRows = -1; // reltuples; -1: never analyzed
    bool hasPrimaryKey = false;
    QJsonObject toJson() const;
};

struct ExtensionInfo {
    QString name;
    QString installedVersion;  // empty: available only
    QString defaultVersion;
    QString schema;
    QJsonObject toJson() const;
};

struct SessionActivity {
    QString database;
    int pid = 0;
    QString user;
    QString application;
    QString state;             // active, idle, idle in transaction, …
    QString transactionStart;
    QJsonObject toJson() const;
};

} // namespace pgcrossing

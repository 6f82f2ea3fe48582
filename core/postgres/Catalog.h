#pragma once
#include "model/CatalogFacts.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace pgcrossing {

class PgClient;

// The catalog facts a DBA looks up before a migration, each one query through PgClient: server
// version, databases with sizes, tables with sizes and estimated rows (seed 004's size table),
// extensions installed and available, other sessions, settings. Errors come back in *error, verbatim.
class Catalog {
public:
    explicit Catalog(const PgClient &pg) : m_pg(pg) {}

    QList<DatabaseInfo> databases(QString *error) const;           // templates included, flagged
    QList<TableInfo> tables(const QString &db, QString *error) const; // largest first
    QList<ExtensionInfo> extensions(const QString &db, QString *error) const; // installed and available
    QList<SessionActivity> sessions(QString *error) const;          // other client sessions
    QMap<QString, QString> settings(const QStringList &names, QString *error) const;
    // The server's data directory; empty when the user may not read it (not superuser nor
    // pg_read_all_settings) or on error (*error set).
    QString dataDirectory(QString *error) const;
    // What pg_dump reads from db: the tables' data (heap + TOAST, no indexes) and large objects.
    qint64 dataBytes(const QString &db, QString *error) const;

private:
    const PgClient &m_pg;
};

} // namespace pgcrossing

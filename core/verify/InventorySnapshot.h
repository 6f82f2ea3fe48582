#pragma once
#include "model/InventoryRow.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace pgcrossing {

class PgClient;

// The inventory of one database in one query: extensions with versions, tables with their columns,
// indexes, constraints, sequences with last values and the max of their owning column, views, functions,
// triggers, text-search configurations and the database size. compare() turns two snapshots into
// inventory rows for the session record; size is informational, a sequence passes when the target's is
// not behind the source's and not behind its column.
class InventorySnapshot {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Item {
        QString value;      // what is compared
        qint64 number = 0;  // sequences: last value; size: bytes
        qint64 columnMax = 0;
    };
    QMap<QString, QMap<QString, Item>> items;   // kind → key → item
    QString error;

    static InventorySnapshot collect(const PgClient &pg, const QString &db);
    // One row per item of either side, kinds and keys in order.
    static QList<InventoryRow> compare(const QString &database, const InventorySnapshot &source,
                                       const InventorySnapshot &target);
};

} // namespace pgcrossing

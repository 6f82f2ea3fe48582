#pragma once
#include "model/InventoryRow.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace pgcrossing {

class PgClient;

// The inventory of one database in one query: extensions with versions, tables with their columns,
// indexes, constraints, sequences (last value, is_called, the max of their owning column), views,
// functions, triggers, text-search configurations, large objects (owner and content md5 each), what is not
// compared and why (foreign tables, materialized views never populated) and the database size. compare()
// turns two snapshots into inventory rows for the session record; size and what is not compared are
// informational, a sequence passes when it is the source's (last value and is_called) and not behind its
// column — or the migration moved it past its data because the source's was behind.
class InventorySnapshot {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Item {
        QString value;      // what is compared; a sequence: is_called ("true"/"false")
        qint64 number = 0;  // sequences: last value; size: bytes
        qint64 columnMax = 0;
        QString owner;      // large objects
    };
    QMap<QString, QMap<QString, Item>> items;   // kind → key → item
    QString error;

    static InventorySnapshot collect(const PgClient &pg, const QString &db);
    // One row per item of either side, kinds and keys in order. ownerOnTarget: the role the plan gave the
    // target's objects (--owner), "*" for any (restored without owners), empty: the source's owners.
    static QList<InventoryRow> compare(const QString &database, const InventorySnapshot &source,
                                       const InventorySnapshot &target, const QString &ownerOnTarget = {});

private:
    static void compareSequence(const Item &source, const Item &target, InventoryRow *row);
    static QString notComparedWhy(const QString &what);
    // An item's value as the rows show it (a sequence: "41, is_called = true").
    static QString shown(const QString &kind, const Item &item);
};

} // namespace pgcrossing

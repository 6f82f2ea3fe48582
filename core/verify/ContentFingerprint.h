#pragma once
#include "TableShape.h"

#include <QMap>
#include <QString>

namespace pgcrossing {

class PgClient;

// Order-independent content fingerprints of whole tables, in constant memory, one query per database:
//   count(*), sum(hashint8extended(h(c1, 1) # h(c2, 2) # …, 0))
// where h is each column's exact hash (the rule in the .cpp: native where the type's hash is exact, its
// text otherwise), seeded by the column's position so values swapped between columns differ. The sum (not
// xor) of re-mixed row hashes catches changed, missing and duplicated rows and values swapped between rows
// (RECIPES: a plain sum of record hashes is blind to swaps). Columns are taken in name order so a column
// re-added at the end still compares; each side hashes by its own column types. Across major versions
// textMode hashes ROW(<exact text of each column>)::text instead (the session pins DateStyle,
// extra_float_digits and friends, so text is stable).
class ContentFingerprint {
public:
    struct Value {
        qint64 rows = -1;
        QString hash;
        QString error;
    };

    // Shapes of every user table and populated materialized view of the connected database (their rows are
    // compared alike; extension-owned tables excluded).
    static QMap<QString, TableShape> shapes(const PgClient &pg, const QString &db, QString *error);
    // Settings every comparison session starts with (row security off, no statement timeout, cancel
    // reaching the server).
    static QString sessionSql();
    // The per-row hash expression over the given columns of a table aliased t.
    static QString rowHash(const TableShape &shape, const QStringList &columns, bool textMode);
    // Fingerprints of many tables in one query; columns[key] lists the columns to hash per table.
    static QMap<QString, Value> compute(const PgClient &pg, const QString &db, const QList<TableShape> &tables,
                                        const QMap<QString, QStringList> &columns, bool textMode);
};

} // namespace pgcrossing

#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace pgcrossing {

// One table as the verifier sees it on one side: its columns with their types, and its primary key.
struct TableShape {
    struct Column {
        QString name;
        QString type;      // format_type()
        bool hashable;     // its hash is exact (ContentFingerprint's rule); otherwise compared through ::text
        bool text = false; // text (text, varchar, char, name, or an array of them): hashed under COLLATE "C"
    };
    QString schema;
    QString name;
    QList<Column> columns;
    QStringList primaryKey;   // in key order; empty: no primary key
    QString partitionOf;      // a partition: its partitioned table, "schema.table"; empty otherwise

    QString qualified() const;          // "schema"."table", quoted
    QString key() const { return schema + QLatin1Char('.') + name; }
    const Column *column(const QString &name) const;
};

} // namespace pgcrossing

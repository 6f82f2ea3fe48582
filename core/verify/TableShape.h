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
        QString base;      // the type ContentFingerprint hashes by: a domain's base type, an array's element type
        bool array = false;
        int typmod = -1;   // of the base (or element) type: char(n) has n + 4, char without a length -1
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

#pragma once
#include "DifferingKey.h"
#include "TableStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgcrossing {

// One table compared on both sides: row count and content fingerprint per side, what was found, and
// for a table that differs the keys of its differing rows. A row with no table name stands for a whole
// database that could not be compared. JSON (the session record's verification.tables[]): database,
// schema, table, keyColumns, partitionOf for a partition; sourceRows, targetRows, sourceHash, targetHash once fingerprinted; status;
// message when there is one; differingKeys once looked for; sourceSha256, targetSha256 under --strict.
struct TableDiff {
    QString database;         // the target's name of the database
    QString schema;
    QString table;
    QStringList keyColumns;   // the primary key, in key order; empty: none
    QString partitionOf;      // a partition: its partitioned table ("schema.table"); empty otherwise
    bool fingerprinted = false;
    qint64 sourceRows = -1;
    qint64 targetRows = -1;
    QString sourceHash;
    QString targetHash;
    TableStatus status = TableStatus::Equal;
    QString message;
    bool keysLocated = false;
    QList<DifferingKey> differingKeys;
    bool strictChecked = false;
    QString sourceSha256;
    QString targetSha256;

    // A whole database that could not be compared.
    static TableDiff databaseError(const QString &database, const QString &message);
    // A content fingerprint (a sum of 64-bit row hashes, any number of decimal digits, maybe negative) as
    // the last 12 hex digits of its value modulo 2^64: every changed row changes them, and they fit a
    // column. Not a number (another method's digest): its first 12 characters.
    static QString shortFingerprint(const QString &fingerprint);
    bool isDatabaseRow() const { return table.isEmpty() && schema.isEmpty(); }
    QString qualifiedName() const { return schema + QLatin1Char('.') + table; }

    QJsonObject toJson() const;
    // Defensive: a missing or unknown status reads as Error (nothing proves the table equal).
    static TableDiff fromJson(const QJsonObject &o);
};

} // namespace pgcrossing

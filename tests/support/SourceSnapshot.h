#pragma once
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pgcrossing::test {

// What a fault must never change on the sandbox's source cluster, taken before and after it: per database
// `pg_dump --schema-only --create` (the schema, the database's own settings such as
// default_transaction_read_only, its comment) and the sha256 of `pg_dump --data-only` (every row, sequence
// value and large object), plus `pg_dumpall --globals-only` (roles). Read with the local tools over the
// cluster's socket, independently of the product.
class SourceSnapshot {
public:
    static SourceSnapshot take(const QStringList &databases);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Empty when `after` is byte-identical; otherwise which part differs and its first differing line.
    QString differences(const SourceSnapshot &after) const;

private:
    QMap<QString, QByteArray> m_parts; // "account schema", "account data sha256", "globals"
    QString m_error;
};

} // namespace pgcrossing::test

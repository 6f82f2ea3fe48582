#pragma once
#include "TableShape.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pgcrossing {

class PgClient;
class CancelToken;

// The seed runbook's check, done without its 1 GB string limit: sha256 of the table's rows in primary-key
// order, as `COPY (SELECT <columns by name> FROM ONLY t ORDER BY <key>) TO STDOUT` streams them out of
// psql and into QCryptographicHash — constant memory whatever the table's size. Slower than the
// fingerprint (it sorts and ships every row), so it runs only for the tables the user names.
class StrictHasher {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Value {
        QString sha256;
        qint64 bytes = 0;
        QString error;
    };
    static Value hash(const PgClient &pg, const QString &db, const TableShape &shape, const QStringList &columns,
                      const CancelToken *cancel);
};

} // namespace pgcrossing

#pragma once
#include "TableShape.h"
#include "model/DifferingKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgcrossing {

class PgClient;

// Finds which primary keys differ in a table whose fingerprints differ, without reading either table
// into memory: both sides first sum their row hashes per bucket of the key's hash (1024 buckets, one
// GROUP BY scan each), then fetch (key, row hash) only for the buckets that differ, a few at a time, until
// enough keys are found. Data-diff's idea, with hash buckets instead of key ranges so it works for any
// key type.
class KeyLocator {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Result {
        QList<DifferingKey> keys;
        bool complete = true;   // false: stopped at the limit
        QString error;
    };

    static Result locate(const PgClient &source, const QString &sourceDb, const PgClient &target,
                         const QString &targetDb, const TableShape &shape, const TableShape &targetShape,
                         const QStringList &columns, bool textMode, int limit);
};

} // namespace pgcrossing

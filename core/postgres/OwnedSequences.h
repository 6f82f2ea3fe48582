#pragma once
#include <QList>
#include <QString>

namespace pgcrossing {

class PgClient;

// The sequences owned by an integer column (serial, identity, OWNED BY) in one database, with their last
// value and the largest value already in their column — one statement, the column maxima read through
// query_to_xml. Shared by the preflight's SequencesCheck, the SyncSequences step and the verifier's
// inventory, so "a sequence behind its data" means the same everywhere.
class OwnedSequences {
public:
    struct Entry {
        QString sequence;   // quoted schema.sequence
        QString lastValue;  // empty: never used
        QString column;     // quoted schema.table.column
        QString columnMax;  // empty: the table has no rows
        // The next default value would collide with a row already there.
        bool behind() const { return !columnMax.isEmpty() && columnMax.toLongLong() > lastValue.toLongLong(); }
    };
    static QList<Entry> read(const PgClient &pg, const QString &db, QString *error);
    static QString sql();
};

} // namespace pgcrossing

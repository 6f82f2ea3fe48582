#pragma once
#include "model/SshError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pgcrossing {

// Rows of one SQL query run through psql --csv, or the error psql reported.
struct PgResult {
    bool ok = false;
    bool cancelled = false;
    QString error;                 // psql's error text, verbatim, for the user (never to decide on)
    int exitCode = 0;              // psql's exit status: 2 the connection failed, 3 an SQL error, 127 no psql;
                                   // -1 not started or stopped
    SshError ssh;                  // psql did not start because the SSH connection failed: why
    QStringList columns;
    QList<QStringList> rows;
    QList<QList<bool>> nulls;      // nulls[r][c]: the value was SQL NULL

    int rowCount() const { return int(rows.size()); }
    QString value(int row, int col) const { return rows.value(row).value(col); }
    QString value(int row, const QString &column) const { return value(row, int(columns.indexOf(column))); }
    bool isNull(int row, int col) const { return nulls.value(row).value(col, true); }
    // Convenience for single-value queries.
    QString scalar() const { return value(0, 0); }
};

} // namespace pgcrossing

#pragma once
#include "model/InventoryRow.h"
#include "model/VerifyQuery.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

class PgClient;

// The DBA's own checks (VerifyQuery) run on both sides at once, read-only (default_transaction_read_only
// on, so a query that would write fails instead), and their whole results compared. Each becomes an
// inventory row of kind "query": key its name, source and target the results as text (the first rows,
// columns joined by " | "), status Equal or Differs (a query that fails on either side differs too, its
// error said), message the SQL.
class OwnQueries {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    static QList<InventoryRow> compare(const PgClient &source, const QString &sourceDb, const PgClient &target,
                                       const QString &targetDb, const QList<VerifyQuery> &queries);
};

} // namespace pgcrossing

#pragma once
#include "model/InventoryRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pgcrossing {

class PgClient;

// Views and materialized views compared across major versions. pg_get_viewdef writes the same query
// differently from one major to the next (PostgreSQL 16 stopped qualifying the columns of a single-table
// view: "Order"."Id" became "Id"), so comparing the two servers' texts reports a clean copy as different.
// Here the target renders the source's definition itself: inside a transaction that is rolled back, each
// source definition becomes a temporary view on the target, and its pg_get_viewdef is compared with the
// target view's. Equal renderings mean the same query; a definition the target cannot even parse stays
// different, with the target's error.
class ViewRendering {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    // Re-judges the rows of kind "view" that differ; rows whose key the source has no definition for are
    // left as they are.
    static void reconcile(const PgClient &source, const QString &sourceDb, const PgClient &target,
                          const QString &targetDb, QList<InventoryRow> &rows);
};

} // namespace pgcrossing

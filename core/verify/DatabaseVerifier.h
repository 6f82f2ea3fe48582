#pragma once
#include "model/InventoryRow.h"
#include "model/TableDiff.h"
#include "model/VerificationSummary.h"
#include "model/VerifyQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace pgcrossing {

class PgClient;
class CancelToken;

// Verifies one database mapping: inventory and per-table fingerprints, both servers working at the same
// time, then the differing keys of each table that differs. Produces the rows the session record keeps:
// one TableDiff per table of either side and the inventory rows, with their counts.
class DatabaseVerifier {
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Result {
        QList<TableDiff> tables;
        QList<InventoryRow> inventory;
        VerificationSummary summary;
        QString method;   // "record-hash" or "text-hash"
        QString error;    // the comparison could not run at all
    };

    DatabaseVerifier(const PgClient &source, const PgClient &target) : m_source(source), m_target(target) {}
    // The role the plan gave the target's objects (--owner), "*" when restored without owners: large objects
    // owned by it on the target are not a difference.
    void setOwnerOnTarget(const QString &owner) { m_ownerOnTarget = owner; }
    // textMode: hash text renderings (servers of different major versions).
    // strictTables: "schema.table" keys also compared by StrictHasher (sha256 in key order); queries: the
    // DBA's own checks for this database (OwnQueries), compared after the tables.
    Result run(const QString &sourceDb, const QString &targetDb, bool textMode, int maxKeys,
               const QStringList &strictTables, const QList<VerifyQuery> &queries, const CancelToken *cancel,
               const std::function<void(const QString &)> &status = {});

private:
    const PgClient &m_source;
    const PgClient &m_target;
    QString m_ownerOnTarget;
};

} // namespace pgcrossing

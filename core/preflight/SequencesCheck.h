#pragma once
#include "model/CheckResult.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

class PgClient;

// Owned sequences (serial and identity columns) whose last value is below the largest value already in
// their column: rows were inserted with explicit ids, and the next default insert would collide. A
// warning (the plan always syncs sequences after the data, so the target continues correctly), listed
// so the DBA knows the source itself has the problem. Read-only (OwnedSequences, one statement per
// database).
class SequencesCheck {
    Q_DECLARE_TR_FUNCTIONS(SequencesCheck)
public:
    static CheckResult run(const PgClient &source, const QList<DatabaseMapping> &databases);
};

} // namespace pgcrossing

#pragma once
#include "Check.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

// Owned sequences (serial and identity columns) whose last value is below the largest value already in
// their column: rows were inserted with explicit ids, and the next default insert would collide. A
// warning (the plan always syncs sequences after the data, so the target continues correctly), listed
// so the DBA knows the source itself has the problem. Read-only (OwnedSequences, one statement per
// database); a row per database.
class SequencesCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(SequencesCheck)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.options.writesTarget(); }
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing

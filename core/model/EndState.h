#pragma once
#include "SessionOutcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace pgcrossing {

class SessionRecord;

// How a session ends: defined here once, for every front end (the wizard's pages, the report, the
// history, the CLI's exit code). It is judged from the last run of the plan (SessionRecord::run), the
// latest verification (after a Verify again too) and what the session left on the source:
//   the run is still going (or was never started)                → Running (shown as "Incomplete")
//   its process is gone before the run ended (MigrationSession)   → Interrupted
//   the run failed (a step failed, or a blocker refused it)       → Failed
//   the run was cancelled                                        → Cancelled
//   the run succeeded, but the latest verification found a difference or could not compare
//   everything, or a target database is left incomplete          → Failed
//   the run succeeded, and a change on the source is still in place, a step warned, a warning was
//   recorded, or the copy was not verified                       → Succeeded with warnings
//   otherwise                                                    → Succeeded
// A verified difference or a change left on the source is never plain Succeeded.
class EndState {
    Q_DECLARE_TR_FUNCTIONS(EndState)

public:
    SessionOutcome outcome = SessionOutcome::Running;
    // Every fact that kept the session from a plain Succeeded, in the user's words, most serious first
    // (the run's own message, a difference, a change left on the source, warnings, what was not verified).
    QStringList reasons;

    static EndState of(const SessionRecord &record);
};

} // namespace pgcrossing

#pragma once
#include "model/PlanOptions.h"
#include "model/SessionOutcome.h"
#include "model/VerificationVerdict.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pgcrossing {

class SessionRecord;

// One line of the session history: enough to list past sessions and open the full record (the JSON file
// at recordPath stays the truth; this is its index).
struct SessionSummary {
    QString id;
    QDateTime startedAt;        // UTC; invalid when the record had none
    QDateTime finishedAt;       // UTC; invalid while the session runs
    QString sourceLabel;
    QString targetLabel;
    QStringList databases;      // source names; empty: every user database of the source
    PlanOptions::Mode mode = PlanOptions::Mode::Copy;
    SessionOutcome outcome = SessionOutcome::Running;   // the end state (EndState)
    VerificationVerdict verdict = VerificationVerdict::NotVerified;
    QString recordPath;

    static SessionSummary fromRecord(const SessionRecord &record, const QString &recordPath);
};

} // namespace pgcrossing

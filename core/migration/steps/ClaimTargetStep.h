#pragma once
#include "migration/Step.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>

namespace pgcrossing {

// The first thing a copy does on the target, before it holds writes or creates roles: it takes the target
// database's name by creating that database, empty and marked INCOMPLETE for this session. CREATE DATABASE
// is atomic on the server, so of two sessions (on any machines) copying into the same name, the second is
// refused here — naming the session that holds it — before it has changed anything. CopyDatabaseStep then
// restores into the claimed database; a run that fails or is cancelled before that gives the empty claim
// back (ReleaseClaimsStep), so the step is done again on resume.
class ClaimTargetStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(ClaimTargetStep)

public:
    explicit ClaimTargetStep(DatabaseMapping db) : m_db(std::move(db)) {}
    QString id() const override { return QStringLiteral("claim-target:") + m_db.target; }
    QString title() const override { return tr("Claim the name %1 on the target").arg(m_db.target); }
    double weight() const override { return 0.1; }
    bool touchesTarget() const override { return true; }
    bool redoneOnResume() const override { return true; } // a failed run gives an empty claim back
    StepResult run(StepContext &ctx) override;

private:
    DatabaseMapping m_db;
};

} // namespace pgcrossing

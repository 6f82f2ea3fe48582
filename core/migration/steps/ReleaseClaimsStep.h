#pragma once
#include "migration/Step.h"

#include <QCoreApplication>

namespace pgcrossing {

// When a copy fails or is cancelled before anything was restored into a target database it claimed
// (ClaimTargetStep), that empty database is dropped again, so the name is free for a fresh start; a resumed
// run claims it anew. A database something was restored into stays, marked INCOMPLETE, for the resume.
class ReleaseClaimsStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(ReleaseClaimsStep)

public:
    QString id() const override { return QStringLiteral("release-claims"); }
    QString title() const override { return tr("Give back the target names claimed but not yet used"); }
    bool touchesTarget() const override { return true; }
    StepResult run(StepContext &ctx) override;
};

} // namespace pgcrossing

#pragma once
#include "Check.h"

#include <QCoreApplication>

namespace pgcrossing {

// The target is not older than the source (or than the DBA's own floor, --min-target-version): pg_dump's
// output is only meant to load into the same or a newer major. For the modes that write the target;
// uses the versions ConnectCheck read.
class TargetVersionCheck : public Check {
    // The texts keep the context they were first translated under.
    Q_DECLARE_TR_FUNCTIONS(PreflightRunner)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.options.writesTarget(); }
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing

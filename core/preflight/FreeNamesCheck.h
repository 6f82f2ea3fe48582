#pragma once
#include "Check.h"

#include <QCoreApplication>

namespace pgcrossing {

// The target database names are free: a taken one blocks, unless replace was chosen (then a warning:
// the existing database is renamed aside, not dropped). For the modes that write the target. Read-only; a row per database.
class FreeNamesCheck : public Check {
    // The texts keep the context they were first translated under.
    Q_DECLARE_TR_FUNCTIONS(PreflightRunner)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.options.writesTarget(); }
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing

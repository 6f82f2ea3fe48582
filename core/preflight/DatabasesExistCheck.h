#pragma once
#include "Check.h"

#include <QCoreApplication>

namespace pgcrossing {

// The chosen databases exist on the source. When none was chosen, every user database of the source but
// "postgres" (usually just the maintenance database) is chosen here, in the context's options, for the
// checks after this one and for PreflightRunner::resolvedOptions(). Read-only.
class DatabasesExistCheck : public Check {
    // The texts keep the context they were first translated under.
    Q_DECLARE_TR_FUNCTIONS(PreflightRunner)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer(); }
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing

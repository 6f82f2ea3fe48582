#pragma once
#include "Check.h"

#include <QCoreApplication>

namespace pgcrossing {

// The roles the chosen source databases need (NeededRoles: owners, grantees and the roles they are
// members of) that do not exist on the target. Creating them from the source's globals (the
// default) makes this pass and says which; without it the restore's ownership and GRANT statements
// fail, so it is a blocker naming the roles and the two ways out. Read-only.
class RolesCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(RolesCheck)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.options.writesTarget(); }
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing

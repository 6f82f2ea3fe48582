#pragma once
#include "model/CheckResult.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>

namespace pgcrossing {

class PgClient;

// The roles the chosen source databases need (NeededRoles: owners, grantees and the roles they are
// members of) that do not exist on the target. Creating them from the source's globals (the
// default) makes this pass and says which; without it the restore's ownership and GRANT statements
// fail, so it is a blocker naming the roles and the two ways out. Read-only.
class RolesCheck {
    Q_DECLARE_TR_FUNCTIONS(RolesCheck)
public:
    static CheckResult run(const PgClient &source, const PgClient &target, const PlanOptions &options);
};

} // namespace pgcrossing

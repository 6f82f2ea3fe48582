#pragma once
#include "model/PlanOptions.h"

#include <QStringList>

namespace pgcrossing {

class PgClient;

// The roles a migration of the chosen databases needs on the target, one answer for the preflight
// (RolesCheck, PrivilegesCheck) and for CopyGlobalsStep, which creates the missing ones: in each database
// the owners of the database and of its schemas, relations, routines and types outside the system schemas
// and extensions (not when restoring without ownership: --no-owner, --owner), the grantees of privileges on the database, its schemas and
// relations, and every role those are members of (their GRANTs need it). The source's other roles stay
// where they are. Predefined pg_* roles exist everywhere and are left out.
class NeededRoles {
public:
    static QStringList read(const PgClient &source, const PlanOptions &options, QString *error);
    // The owners alone (no grantees, no memberships): whose ownership the restore gives back.
    static QStringList owners(const PgClient &source, const PlanOptions &options, QString *error);
    // Per database: role name, whether it owns something (t/f), whether it is granted something (t/f).
    static QString usedRolesSql();
};

} // namespace pgcrossing

#pragma once
#include "Check.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

// Whether the source databases can be carried by logical replication (the online mode: publish on the
// source, subscribe on the target, switch over with seconds of downtime). Source: wal_level = logical,
// free replication slots and WAL senders for one subscription per database plus its table-sync
// workers, the login role's REPLICATION attribute; tables without a primary key or replica identity
// (once published, UPDATE and DELETE on them fail on the source: the applications break, so this is a
// blocker naming each table); large objects and unlogged tables (not replicated: warnings). Target:
// the role may create subscriptions. Read-only.
//
// Until the online mode exists, `pgcrossing-cli check --online-readiness` shows these rows after the
// usual checklist, with the severities the online mode will give them, so its exit code answers "could
// this pair go online?". They are not shown by default: a DBA planning a copy would otherwise read FAIL
// rows about wal_level and primary keys that have nothing to do with the copy, and the online rows
// cost one more query per database. The online mode will make it apply to its own mode too.
class LogicalReplicationCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(LogicalReplicationCheck)
public:
    // Asked for (PreflightRunner::setOnlineReadiness), in any mode; also when a server did not answer (its
    // rows then carry the connection's error), as `check --online-readiness` always showed them.
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.onlineReadiness; }
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing

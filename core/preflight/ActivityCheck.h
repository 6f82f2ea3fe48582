#pragma once
#include "model/CheckResult.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

class PgClient;

// Who is working on the source databases (seed 000 §2.1, done properly): sessions running a statement or
// inside a transaction (not ours), transactions open longer than options.longTransactionMinutes, and
// prepared transactions. For stop-write nothing may write while the copy runs, so these block unless the user holds
// writes (then they are ended, and the row says so). A prepared transaction is different: it belongs to no
// session, survives holding writes and cannot be ended by us — only the DBA can COMMIT PREPARED or
// ROLLBACK PREPARED it — so it blocks stop-write either way. For a copy or a backup the dump is one
// consistent snapshot, so all of this is a warning: writes after the snapshot are not carried, and a long
// or prepared transaction may hold locks pg_dump waits for. Read-only.
class ActivityCheck {
    Q_DECLARE_TR_FUNCTIONS(ActivityCheck)
public:
    // Two rows: "source.no-writers" (sessions and long transactions), "source.prepared-xacts".
    static QList<CheckResult> run(const PgClient &source, const PlanOptions &options);
    static QString preparedSql(const QStringList &databases);
};

} // namespace pgcrossing

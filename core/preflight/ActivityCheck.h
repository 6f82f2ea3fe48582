#pragma once
#include "Check.h"
#include "postgres/PgResult.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

// Who is working on the source databases (seed 000 §2.1, done properly): sessions running a statement or
// inside a transaction (not ours), transactions open longer than options.longTransactionMinutes, and
// prepared transactions. For stop-write nothing may write while the copy runs, so these block unless the user holds
// writes (then they are ended, and the row says so). A prepared transaction is different: it belongs to no
// session, survives holding writes and cannot be ended by us — only the DBA can COMMIT PREPARED or
// ROLLBACK PREPARED it — so it blocks stop-write either way. For a copy or a backup the dump is one
// consistent snapshot, so all of this is a warning: writes after the snapshot are not carried, and a long
// or prepared transaction may hold locks pg_dump waits for. Read-only.
class ActivityCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(ActivityCheck)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.dumps(); }
    // Two rows per database: "source.no-writers" (sessions and long transactions), "source.prepared-xacts".
    QList<CheckResult> run(PreflightContext &ctx) const override;

private:
    static QString preparedSql(const QStringList &databases);
    // The rows for database db, from the statements' answers for all databases.
    static CheckResult writers(const PlanOptions &options, const QString &db, const PgResult &activity);
    static CheckResult prepared(const PlanOptions &options, const QString &db, const PgResult &preparedXacts);
};

} // namespace pgcrossing

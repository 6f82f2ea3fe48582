#include "ActivityCheck.h"

#include "migration/steps/CheckNoWritersStep.h"
#include "postgres/PgClient.h"

namespace pgcrossing {

QString ActivityCheck::preparedSql(const QStringList &databases)
{
    return QStringLiteral("SELECT database, gid, owner, to_char(prepared, 'YYYY-MM-DD HH24:MI:SS') "
                          "FROM pg_prepared_xacts WHERE database = ANY(%1) ORDER BY database, prepared")
        .arg(PgClient::textArray(databases));
}

QList<CheckResult> ActivityCheck::run(PreflightContext &ctx) const
{
    const PgClient &source = *ctx.source;
    const PlanOptions &options = ctx.options;
    QStringList databases;
    for (const DatabaseMapping &m : options.databases)
        databases << m.source;
    // One statement each for all databases; the rows are dealt out to the database they are about.
    const PgResult a = source.query({}, CheckNoWritersStep::activitySql(databases));
    const PgResult x = source.query({}, preparedSql(databases));
    QList<CheckResult> rows;
    for (const QString &db : std::as_const(databases)) {
        rows << writers(options, db, a);
        rows << prepared(options, db, x);
    }
    return rows;
}

CheckResult ActivityCheck::writers(const PlanOptions &options, const QString &db, const PgResult &a)
{
    const bool stopWrite = options.mode == PlanOptions::Mode::StopWrite;
    // Sessions: anything not idle is working; an open transaction older than the bound is named as such.
    CheckResult w;
    w.id = QStringLiteral("source.no-writers");
    w.database = db;
    w.title = stopWrite ? tr("Nothing is writing to the source database")
                        : tr("No session is busy on the source database");
    w.severity = stopWrite && !options.holdWrites ? CheckResult::Severity::Blocker : CheckResult::Severity::Warning;
    w.expected = tr("no active session or open transaction");
    if (!a.ok) {
        w.status = CheckResult::Status::Error;
        w.found = tr("cannot read pg_stat_activity on the source: %1").arg(a.error);
        return w;
    }
    QStringList busy;
    int idle = 0, longOnes = 0;
    for (int i = 0; i < a.rowCount(); ++i) {
        if (a.value(i, 0) != db)
            continue;
        const QString state = a.value(i, 4);
        if (state == QLatin1String("idle")) {
            ++idle;
            continue;
        }
        const qint64 age = a.value(i, 6).toLongLong();
        QString line = tr("pid %1 %2 (user %3, application \"%4\")")
                           .arg(a.value(i, 1), state.isEmpty() ? tr("state hidden") : state, a.value(i, 2), a.value(i, 3));
        if (a.value(i, 5).size() && age >= qint64(options.longTransactionMinutes) * 60) {
            ++longOnes;
            line += QLatin1Char(' ') + tr("in a transaction open for %n minute(s) since %1", nullptr, int(age / 60))
                                           .arg(a.value(i, 5));
        }
        busy << line;
    }
    if (busy.isEmpty()) {
        w.found = tr("%n idle session(s)", nullptr, idle);
        return w;
    }
    w.status = CheckResult::Status::Failed;
    w.found = busy.join(QStringLiteral("; "));
    if (stopWrite && options.holdWrites)
        w.remedy = tr("These sessions will be ended when writes are held.");
    else if (stopWrite)
        w.remedy = tr("Stop the applications' writes, or choose \"hold writes\" (--hold-writes) to make the "
                      "source read-only and end them.");
    else
        w.remedy = tr("The copy is a snapshot taken when each dump starts: what these sessions write afterwards "
                      "is not carried (choose stop-write for a clean cut-over).");
    if (!stopWrite && longOnes > 0)
        w.remedy += QLatin1Char(' ') + tr("A long transaction may hold locks pg_dump waits for: end it "
                                          "(SELECT pg_terminate_backend(PID)) or let it finish first.");
    return w;
}

CheckResult ActivityCheck::prepared(const PlanOptions &options, const QString &db, const PgResult &x)
{
    const bool stopWrite = options.mode == PlanOptions::Mode::StopWrite;
    // Prepared transactions: no session owns them, holding writes does not end them.
    CheckResult p;
    p.id = QStringLiteral("source.prepared-xacts");
    p.database = db;
    p.title = tr("No prepared transaction is pending on the source database");
    p.severity = stopWrite ? CheckResult::Severity::Blocker : CheckResult::Severity::Warning;
    p.expected = tr("no row in pg_prepared_xacts for this database");
    if (!x.ok) {
        p.status = CheckResult::Status::Error;
        p.found = tr("cannot read pg_prepared_xacts on the source: %1").arg(x.error);
        return p;
    }
    QStringList found, commands;
    for (int i = 0; i < x.rowCount(); ++i) {
        if (x.value(i, 0) != db)
            continue;
        found << tr("%1 (owner %2, prepared %3)").arg(x.value(i, 1), x.value(i, 2), x.value(i, 3));
        commands << tr("COMMIT PREPARED %1; or ROLLBACK PREPARED %1;").arg(PgClient::quoteLiteral(x.value(i, 1)));
    }
    if (found.isEmpty()) {
        p.found = tr("none");
        return p;
    }
    p.status = CheckResult::Status::Failed;
    p.found = found.join(QStringLiteral("; "));
    p.remedy = tr("A prepared transaction belongs to no session: holding writes does not end it, and its locks and "
                  "changes stay until the transaction manager that prepared it finishes it. Let it do so, or, as "
                  "the DBA connected to this database, keep its changes with COMMIT PREPARED or drop "
                  "them with ROLLBACK PREPARED: %1").arg(commands.join(QStringLiteral(" ")));
    if (!stopWrite)
        p.remedy += QLatin1Char(' ') + tr("Its changes are not in the dump until it is committed.");
    return p;
}

} // namespace pgcrossing

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
    const bool stopWrite = options.mode == PlanOptions::Mode::StopWrite;
    QStringList databases;
    for (const DatabaseMapping &m : options.databases)
        databases << m.source;

    // Sessions: anything not idle is working; an open transaction older than the bound is named as such.
    CheckResult w;
    w.id = QStringLiteral("source.no-writers");
    w.title = stopWrite ? tr("Nothing is writing to the source databases")
                        : tr("No session is busy on the source databases");
    w.severity = stopWrite && !options.holdWrites ? CheckResult::Severity::Blocker : CheckResult::Severity::Warning;
    w.expected = tr("no active session or open transaction");
    const PgResult a = source.query({}, CheckNoWritersStep::activitySql(databases));
    if (!a.ok) {
        w.status = CheckResult::Status::Error;
        w.found = tr("cannot read pg_stat_activity on the source: %1").arg(a.error);
    } else {
        QStringList busy;
        int idle = 0, longOnes = 0;
        for (int i = 0; i < a.rowCount(); ++i) {
            const QString state = a.value(i, 4);
            if (state == QLatin1String("idle")) {
                ++idle;
                continue;
            }
            const qint64 age = a.value(i, 6).toLongLong();
            QString line = tr("%1: pid %2 %3 (user %4, application \"%5\")")
                               .arg(a.value(i, 0), a.value(i, 1), state.isEmpty() ? tr("state hidden") : state,
                                    a.value(i, 2), a.value(i, 3));
            if (a.value(i, 5).size() && age >= qint64(options.longTransactionMinutes) * 60) {
                ++longOnes;
                line += QLatin1Char(' ') + tr("in a transaction open for %n minute(s) since %1", nullptr, int(age / 60))
                                               .arg(a.value(i, 5));
            }
            busy << line;
        }
        if (busy.isEmpty()) {
            w.found = tr("%n idle session(s)", nullptr, idle);
        } else {
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
        }
    }

    // Prepared transactions: no session owns them, holding writes does not end them.
    CheckResult p;
    p.id = QStringLiteral("source.prepared-xacts");
    p.title = tr("No prepared transaction is pending on the source databases");
    p.severity = stopWrite ? CheckResult::Severity::Blocker : CheckResult::Severity::Warning;
    p.expected = tr("no row in pg_prepared_xacts for these databases");
    const PgResult x = source.query({}, preparedSql(databases));
    if (!x.ok) {
        p.status = CheckResult::Status::Error;
        p.found = tr("cannot read pg_prepared_xacts on the source: %1").arg(x.error);
    } else if (x.rowCount() == 0) {
        p.found = tr("none");
    } else {
        QStringList found, commands;
        for (int i = 0; i < x.rowCount(); ++i) {
            found << tr("%1: %2 (owner %3, prepared %4)").arg(x.value(i, 0), x.value(i, 1), x.value(i, 2), x.value(i, 3));
            commands << tr("in %1: COMMIT PREPARED %2; or ROLLBACK PREPARED %2;")
                            .arg(x.value(i, 0), PgClient::quoteLiteral(x.value(i, 1)));
        }
        p.status = CheckResult::Status::Failed;
        p.found = found.join(QStringLiteral("; "));
        p.remedy = tr("A prepared transaction belongs to no session: holding writes does not end it, and its locks and "
                      "changes stay until the transaction manager that prepared it finishes it. Let it do so, or, as "
                      "the DBA connected to the transaction's database, keep its changes with COMMIT PREPARED or drop "
                      "them with ROLLBACK PREPARED: %1").arg(commands.join(QStringLiteral("; ")));
        if (!stopWrite)
            p.remedy += QLatin1Char(' ') + tr("Its changes are not in the dump until it is committed.");
    }
    return {w, p};
}

} // namespace pgcrossing

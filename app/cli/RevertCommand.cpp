#include "RevertCommand.h"

#include "CliPrint.h"
#include "session/MigrationSession.h"

namespace pgcrossing {

int RevertCommand::run(const QCommandLineParser &args)
{
    if (!args.optionNames().contains(QStringLiteral("session"))) {
        CliPrint::err(QStringLiteral("revert needs --session RECORD.json (the session.json of the migration)"));
        return Usage;
    }
    QString error;
    auto session = CliOptions::openRecorded(args, args.value(QStringLiteral("session")), false, &error);
    if (!session) {
        CliPrint::err(error);
        return Usage;
    }
    const StepResult res = session->revertSourceChanges([](LogLevel, const QString &text) { CliPrint::err(text); });
    CliPrint::err(QStringLiteral("%1: %2").arg(res.succeeded() ? QStringLiteral("revert") : QStringLiteral("revert FAILED"), res.message));
    if (!res.details.isEmpty())
        CliPrint::err(res.details);
    // The record, its reports and the history row say what the session now is (its end state is judged again).
    QStringList written;
    if (!session->finish(&written, &error))
        CliPrint::err(QStringLiteral("warning: %1").arg(error));
    CliPrint::err(QStringLiteral("session outcome now: %1").arg(codeOf(session->record().outcome())));
    return res.succeeded() ? Ok : Failed;
}

} // namespace pgcrossing

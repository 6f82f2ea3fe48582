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
    session->save();
    return res.succeeded() ? Ok : Failed;
}

} // namespace pgcrossing

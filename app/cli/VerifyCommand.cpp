#include "VerifyCommand.h"

#include "CancelOnSignal.h"
#include "CliPrint.h"
#include "session/MigrationSession.h"

namespace pgcrossing {

int VerifyCommand::run(const QCommandLineParser &args)
{
    CliPrint::setJson(args.optionNames().contains(QStringLiteral("json")));
    if (!args.optionNames().contains(QStringLiteral("session")))
        return SessionCommand::run(args);
    // The session's record says what to compare, and its folder keeps the result: flags that would say
    // otherwise are refused rather than ignored.
    for (const QString &planFlag : {QStringLiteral("plan"), QStringLiteral("db"), QStringLiteral("strict"), QStringLiteral("verify-query"),
                                    QStringLiteral("session-dir"), QStringLiteral("resume")})
        if (args.optionNames().contains(planFlag)) {
            CliPrint::err(QStringLiteral("--%1 does not go with --session: the session's record says what to compare "
                                         "and where its results go").arg(planFlag));
            return Usage;
        }
    QString error;
    auto session = CliOptions::openRecorded(args, args.value(QStringLiteral("session")), true, &error);
    if (!session) {
        CliPrint::err(error);
        return Usage;
    }
    if (!session->options().writesTarget() && session->options().mode != PlanOptions::Mode::VerifyOnly) {
        CliPrint::err(QStringLiteral("%1 is a %2 session: it wrote nothing to a target to compare")
                          .arg(session->recordPath(), PlanOptions::modeName(session->options().mode)));
        return Usage;
    }
    CancelToken cancel;
    StepResult result;
    {
        const CancelOnSignal cancelOnSignal(cancel);
        result = session->verifyAgain(cancel);
    }
    QStringList written;
    if (!session->finish(&written, &error))
        CliPrint::err(QStringLiteral("warning: %1").arg(error));
    CliPrint::err(result.message);
    if (result.status == StepStatus::Cancelled)
        return Cancelled;
    // The session judged again with this verification: the same end state and exit code as after its run.
    return CliPrint::outcome(session->record(), written);
}

} // namespace pgcrossing

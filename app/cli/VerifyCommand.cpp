#include "VerifyCommand.h"

#include "CliPrint.h"
#include "session/MigrationSession.h"

namespace pgcrossing {

int VerifyCommand::run(const QCommandLineParser &args)
{
    if (!args.optionNames().contains(QStringLiteral("session")))
        return SessionCommand::run(args);
    QString error;
    const EndpointSecrets srcSecrets = CliOptions::secrets(QStringLiteral("source"), &error);
    const EndpointSecrets dstSecrets = CliOptions::secrets(QStringLiteral("target"), &error);
    SessionRecord record;
    const QString path = args.value(QStringLiteral("session"));
    if (!error.isEmpty() || !SessionRecord::load(path, &record, &error) ||
        !CliOptions::endpoint(args, QStringLiteral("source"), &record.source, &error) ||
        !CliOptions::endpoint(args, QStringLiteral("target"), &record.target, &error)) {
        CliPrint::err(error);
        return Usage;
    }
    auto session = MigrationSession::open(path, srcSecrets, dstSecrets, &error, &record.source, &record.target);
    if (!session) {
        CliPrint::err(error);
        return Usage;
    }
    CancelToken cancel;
    const StepResult result = session->verifyAgain(cancel);
    QStringList written;
    if (!session->finish(&written, &error))
        CliPrint::err(QStringLiteral("warning: %1").arg(error));
    CliPrint::err(result.message);
    const VerificationVerdict verdict = session->record().verification.verdict;
    CliPrint::err(QStringLiteral("verification: %1").arg(codeOf(verdict)));
    return verdict == VerificationVerdict::Equal ? Ok : verdict == VerificationVerdict::Different ? Different : Failed;
}

} // namespace pgcrossing

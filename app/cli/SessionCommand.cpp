#include "SessionCommand.h"

#include "CancelOnSignal.h"
#include "CliPrint.h"
#include "migration/Runner.h"
#include "session/MigrationSession.h"

#include <QCoreApplication>

namespace pgcrossing {

int SessionCommand::run(const QCommandLineParser &args)
{
    const bool verbose = args.optionNames().contains(QStringLiteral("verbose"));
    QString error;
    const QString resume = args.optionNames().contains(QStringLiteral("resume")) ? args.value(QStringLiteral("resume")) : QString();
    if (!resume.isEmpty()) {
        // The record holds the plan; flags may still accept a host key or name another known_hosts.
        auto session = CliOptions::openRecorded(args, resume, true, &error);
        if (!session) {
            CliPrint::err(error);
            return Usage;
        }
        return runPlan(*session, verbose);
    }

    Endpoint source, target;
    PlanOptions options;
    if (!CliOptions::plan(args, &source, &target, &options, &error)) {
        CliPrint::err(error);
        return Usage;
    }
    chooseMode(&options);
    if (const QString why = refuse(args, options); !why.isEmpty()) {
        CliPrint::err(why);
        return Usage;
    }
    // A resumed session's secrets are read by openRecorded, a new one's here.
    const EndpointSecrets srcSecrets = CliOptions::secrets(QStringLiteral("source"), &error);
    const EndpointSecrets dstSecrets = CliOptions::secrets(QStringLiteral("target"), &error);
    if (!error.isEmpty()) {
        CliPrint::err(error);
        return Usage;
    }
    const QString root = args.optionNames().contains(QStringLiteral("session-dir")) ? args.value(QStringLiteral("session-dir")) : QString();
    auto session = MigrationSession::create(source, target, options, srcSecrets, dstSecrets, root, &error);
    if (!session) {
        CliPrint::err(error);
        return Usage;
    }
    // Preflight: read-only; a failed blocker stops here and touches nothing.
    const QList<CheckResult> checks = session->preflight(args.optionNames().contains(QStringLiteral("online-readiness")));
    CliPrint::checklist(checks);
    if (MigrationSession::blocked(checks)) {
        session->refuse();
        CliPrint::err(QStringLiteral("preflight: a blocker failed; nothing was changed. Record: %1").arg(session->recordPath()));
        return Blocked;
    }
    if (!runsPlan())
        return Ok;
    return runPlan(*session, verbose);
}

int SessionCommand::runPlan(MigrationSession &session, bool verbose)
{
    std::unique_ptr<Runner> runner = session.runner();
    QObject::connect(runner.get(), &Runner::logLine, [verbose](int level, const QString &text) {
        if (level != int(LogLevel::Output) || verbose)
            CliPrint::err(text);
    });
    // Queued to the event loop, so a run that ends before exec() starts still ends it.
    QObject::connect(runner.get(), &Runner::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    CliPrint::err(QStringLiteral("session %1 — record: %2").arg(session.record().id, session.recordPath()));
    {
        const CancelOnSignal cancelOnSignal(runner->cancelToken());
        runner->start();
        QCoreApplication::exec();
        runner->wait();
    }

    QStringList written;
    QString error;
    const bool finished = session.finish(&written, &error);
    for (const QString &w : written)
        CliPrint::err(QStringLiteral("report: %1").arg(w));
    if (!finished)
        CliPrint::err(QStringLiteral("warning: %1").arg(error));
    return CliPrint::outcome(session.record(), written);
}

} // namespace pgcrossing

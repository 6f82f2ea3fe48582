#include "CliPrint.h"

#include "CliCommand.h"

#include <cstdio>

namespace pgcrossing::CliPrint {

void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

void checklist(const QList<CheckResult> &checks)
{
    for (const CheckResult &c : checks) {
        const QString mark = c.status == CheckResult::Status::Passed ? QStringLiteral("PASS")
                             : c.blocks()                            ? QStringLiteral("FAIL")
                                                                     : QStringLiteral("WARN");
        // A row about one database names it first: "[account] Sequences are ahead …".
        const QString title = c.database.isEmpty() ? c.title : QStringLiteral("[%1] %2").arg(c.database, c.title);
        std::printf("%s  %-45s %s\n", qPrintable(mark), qPrintable(title), qPrintable(c.found));
        if (c.status != CheckResult::Status::Passed && !c.expected.isEmpty())
            std::printf("      needed: %s\n", qPrintable(c.expected));
        if (c.status != CheckResult::Status::Passed && !c.remedy.isEmpty())
            std::printf("      remedy: %s\n", qPrintable(c.remedy));
        // An unknown host key: the CLI's way to trust it, once the user compared the fingerprint.
        if (c.blocks() && !c.hostKeyFingerprint.isEmpty())
            std::printf("      if it matches the server's key: --%s-accept-host-key %s\n",
                        qPrintable(c.id.section(QLatin1Char('.'), 0, 0)), qPrintable(c.hostKeyFingerprint));
    }
    std::fflush(stdout);
}

int outcome(const SessionRecord &record)
{
    // The end state (EndState): a verified difference or a change left on the source is never succeeded.
    const EndState end = record.endState();
    const VerificationVerdict verdict = record.verification.verdict;
    err(QStringLiteral("outcome: %1").arg(codeOf(end.outcome)));
    for (const QString &reason : end.reasons)
        err(QStringLiteral("  - ") + reason);
    if (verdict != VerificationVerdict::NotVerified)
        err(QStringLiteral("verification: %1").arg(codeOf(verdict)));
    return exitCode(end.outcome, verdict);
}

int exitCode(SessionOutcome outcome, VerificationVerdict verdict)
{
    switch (outcome) {
    case SessionOutcome::Succeeded:
    case SessionOutcome::SucceededWithWarnings: return CliCommand::Ok;
    case SessionOutcome::Cancelled: return CliCommand::Cancelled;
    case SessionOutcome::Failed: return verdict == VerificationVerdict::Different ? CliCommand::Different : CliCommand::Failed;
    case SessionOutcome::Running: break;
    }
    return CliCommand::Failed;
}

} // namespace pgcrossing::CliPrint

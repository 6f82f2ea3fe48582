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
        std::printf("%s  %-45s %s\n", qPrintable(mark), qPrintable(c.title), qPrintable(c.found));
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
    const VerificationVerdict verdict = record.verification.verdict;
    err(QStringLiteral("outcome: %1%2").arg(codeOf(record.outcome),
                                            record.outcomeMessage.isEmpty() ? QString() : QStringLiteral(" — ") + record.outcomeMessage));
    if (verdict != VerificationVerdict::NotVerified)
        err(QStringLiteral("verification: %1").arg(codeOf(verdict)));
    if (record.outcome == SessionOutcome::Cancelled)
        return CliCommand::Cancelled;
    if (record.outcome == SessionOutcome::Failed)
        return verdict == VerificationVerdict::Different ? CliCommand::Different : CliCommand::Failed;
    return CliCommand::Ok;
}

} // namespace pgcrossing::CliPrint

#include "CliPrint.h"

#include "CliCommand.h"
#include "model/InventoryStatus.h"

#include <QJsonDocument>
#include <cstdio>

namespace pgcrossing::CliPrint {

namespace {
bool g_json = false;
}

void setJson(bool on)
{
    g_json = on;
}

void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

void checklist(const QList<CheckResult> &checks)
{
    FILE *to = g_json ? stderr : stdout;
    for (const CheckResult &c : checks) {
        const QString mark = c.status == CheckResult::Status::Passed ? QStringLiteral("PASS")
                             : c.blocks()                            ? QStringLiteral("FAIL")
                                                                     : QStringLiteral("WARN");
        // A row about one database names it first: "[account] Sequences are ahead …".
        const QString title = c.database.isEmpty() ? c.title : QStringLiteral("[%1] %2").arg(c.database, c.title);
        std::fprintf(to, "%s  %-45s %s\n", qPrintable(mark), qPrintable(title), qPrintable(c.found));
        if (c.status != CheckResult::Status::Passed && !c.expected.isEmpty())
            std::fprintf(to, "      needed: %s\n", qPrintable(c.expected));
        if (c.status != CheckResult::Status::Passed && !c.remedy.isEmpty())
            std::fprintf(to, "      remedy: %s\n", qPrintable(c.remedy));
        // An unknown host key: the CLI's way to trust it, once the user compared the fingerprint.
        if (c.blocks() && !c.hostKeyFingerprint.isEmpty())
            std::fprintf(to, "      if it matches the server's key: --%s-accept-host-key %s\n",
                        qPrintable(c.id.section(QLatin1Char('.'), 0, 0)), qPrintable(c.hostKeyFingerprint));
    }
    std::fflush(to);
}

void differences(const Verification &v, const QStringList &written)
{
    // What a DBA acts on, in the terminal: every table that is not equal with its status and first keys,
    // every inventory item that differs, and where the whole list is.
    constexpr int kTables = 20, kKeys = 5;
    int shown = 0, tables = 0, items = 0;
    for (const TableDiff &t : v.tables) {
        if (t.status == TableStatus::Equal)
            continue;
        ++tables;
        if (++shown > kTables)
            continue;
        QString line = QStringLiteral("  %1 %2: %3").arg(t.isDatabaseRow() ? QStringLiteral("database") : QStringLiteral("table"),
                                                          t.isDatabaseRow() ? t.database : t.database + QLatin1Char('.') + t.qualifiedName(),
                                                          wordOf(t.status));
        if (!t.message.isEmpty())
            line += QStringLiteral(" — ") + t.message;
        if (!t.differingKeys.isEmpty()) {
            QStringList keys;
            for (const DifferingKey &k : t.differingKeys.mid(0, kKeys))
                keys << QStringLiteral("%1 %2").arg(k.key, wordOf(k.kind));
            if (t.differingKeys.size() > kKeys)
                keys << QStringLiteral("… %1 more").arg(t.differingKeys.size() - kKeys);
            line += QStringLiteral("\n      keys (%1): %2").arg(t.keyColumns.join(QStringLiteral(", ")), keys.join(QStringLiteral(", ")));
        }
        err(line);
    }
    for (const InventoryRow &i : v.inventory) {
        if (!isDifference(i.status) && !(i.kind == QLatin1String("not compared")))
            continue;
        if (isDifference(i.status))
            ++items;
        if (++shown > kTables)
            continue;
        QString line = QStringLiteral("  %1 %2.%3: %4").arg(InventoryRow::kindWord(i.kind), i.database, i.key,
                                                             isDifference(i.status) ? wordOf(i.status) : QStringLiteral("not compared"));
        if (i.source || i.target)
            line += QStringLiteral(" (source: %1; target: %2)").arg(i.source.value_or(QStringLiteral("none")), i.target.value_or(QStringLiteral("none")));
        if (!i.message.isEmpty())
            line += QStringLiteral(" — ") + i.message;
        err(line);
    }
    if (shown > kTables)
        err(QStringLiteral("  … %1 more lines").arg(shown - kTables));
    if (tables || items) {
        QString where;
        for (const QString &w : written)
            if (w.endsWith(QLatin1String(".md")) || (where.isEmpty() && w.endsWith(QLatin1String(".json"))))
                where = w;
        err(QStringLiteral("%1 table(s) and %2 inventory item(s) differ%3").arg(tables).arg(items)
                .arg(where.isEmpty() ? QString() : QStringLiteral("; the full list: ") + where));
    }
}

int outcome(const SessionRecord &record, const QStringList &written)
{
    // The end state (EndState): a verified difference or a change left on the source is never succeeded.
    const EndState end = record.endState();
    const VerificationVerdict verdict = record.verification.verdict;
    err(QStringLiteral("outcome: %1").arg(codeOf(end.outcome)));
    for (const QString &reason : end.reasons)
        err(QStringLiteral("  - ") + reason);
    if (verdict != VerificationVerdict::NotVerified) {
        differences(record.verification, written);
        err(QStringLiteral("verification: %1").arg(codeOf(verdict)));
    }
    if (g_json) {
        std::fputs(QJsonDocument(record.verification.toJson()).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    }
    return exitCode(end.outcome, verdict);
}

int exitCode(SessionOutcome outcome, VerificationVerdict verdict)
{
    switch (outcome) {
    case SessionOutcome::Succeeded:
    case SessionOutcome::SucceededWithWarnings: return CliCommand::Ok;
    case SessionOutcome::Cancelled: return CliCommand::Cancelled;
    case SessionOutcome::Failed: return verdict == VerificationVerdict::Different ? CliCommand::Different : CliCommand::Failed;
    case SessionOutcome::Interrupted:
    case SessionOutcome::Running: break;
    }
    return CliCommand::Failed;
}

} // namespace pgcrossing::CliPrint

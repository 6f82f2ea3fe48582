#pragma once
#include "model/CheckResult.h"
#include "model/SessionRecord.h"

#include <QList>
#include <QString>

namespace pgcrossing {

// How pgcrossing-cli shows what the core recorded: the checklist on stdout, everything else (the log, the
// outcome) on stderr, and the outcome's exit code.
namespace CliPrint {
void err(const QString &text);
// verify --json: stdout holds the verification's JSON only (outcome() prints it), the checklist goes to stderr.
void setJson(bool on);
void checklist(const QList<CheckResult> &checks);
// Prints the session's end state with its reasons, what the verification found different (differences()) and
// its verdict; returns its exit code. written: the files finish() wrote (the report named as the full list).
int outcome(const SessionRecord &record, const QStringList &written = {});
// Every table that is not equal (status, message, first keys), every inventory item that differs or was not
// compared, then the counts and where the full list is.
void differences(const Verification &verification, const QStringList &written);
// The documented exit code of an end state: 0 succeeded (with or without warnings: they are printed),
// 4 failed on a verified difference, 3 failed otherwise, 5 cancelled.
int exitCode(SessionOutcome outcome, VerificationVerdict verdict);
} // namespace CliPrint

} // namespace pgcrossing

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
void checklist(const QList<CheckResult> &checks);
// Prints the outcome and the verification verdict; returns the documented exit code for them.
int outcome(const SessionRecord &record);
} // namespace CliPrint

} // namespace pgcrossing

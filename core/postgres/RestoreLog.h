#pragma once
#include <QString>

namespace pgcrossing::RestoreLog {

// How many errors pg_restore went on after, from the summary it prints when it finishes a restore
// without --exit-on-error ("pg_restore: warning: errors ignored on restore: N"; its own words, in
// English under the shell's pinned C locale, whatever language the server's part of each error is
// in). -1 when there is no such summary: pg_restore stopped (could not connect, bad archive, killed)
// before finishing, so its exit status 1 is a failure, not a restore that ignored errors.
int ignoredErrors(const QString &pgRestoreStderr);

// Where pg_restore stopped, from its own lines (C locale): the object it was creating (its TOC entry, "INDEX
// items_norm_idx postgres", printed with --verbose; otherwise the statement after "Command was:") and the
// error it gave, verbatim (the server's part in the server's language). Empty fields when it printed neither.
struct Stop {
    QString object;
    QString error;
};
Stop stoppedAt(const QString &pgRestoreStderr);

} // namespace pgcrossing::RestoreLog

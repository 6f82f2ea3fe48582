#pragma once
#include "CliRun.h"

#include <QString>
#include <QStringList>
#include <functional>

class QProcess;

namespace pgcrossing::test {

// What every fault test of issue 12 §3 asserts once its fault has happened, and the one line it prints for
// the closing note: nothing of the migration left running (on this machine and inside the hosts'
// containers), no secret of the sandbox in what the CLI printed or wrote, and how a resume ended.
namespace FaultChecks {

// How many processes named tool run for this sandbox: on this machine (every sandbox host's processes, and
// its containers' with --pid host, are this machine's), whose argv or environment names this sandbox's
// folder or one of its PostgreSQL ports — so that another sandbox on the same machine does not count.
int sandboxProcessCount(const QString &tool);
// The pg_dump, pg_restore and pg_dumpall of this sandbox still running: "host:pg_dump" on this machine
// (sandboxProcessCount), "src:pg_restore" for one inside host src's container.
// hosts: the sandbox hosts whose containers to look into (src and dst, and any extra host).
QStringList leftRunning(const QStringList &hosts = {QStringLiteral("src"), QStringLiteral("dst")});
// Waits (bounded) until leftRunning(hosts) is empty; returns what is still left when the bound is reached.
QStringList waitNothingRunning(int timeoutMs, const QStringList &hosts = {QStringLiteral("src"), QStringLiteral("dst")});
// The sandbox's secrets (PGX_PG_PASSWORD, PGX_SSH_PW_PASSWORD, PGX_SSH_KEY_PP_PASSPHRASE) found in output, in
// any file under sessionDir (records, reports, logs, the history database):
// "PGX_PG_PASSWORD in /path/session.json". Empty when none leaked.
QStringList leakedSecrets(const QString &sessionDir, const QString &output);
// The same for a run of runWithFault, with what it saw in the processes' argv while the CLI ran.
QStringList leakedSecrets(const CliRun &r);
// The sandbox's secrets in any process's argv now, by name.
QStringList secretsInArgv();
// The target state the record says for database db: "complete", "INCOMPLETE" or "absent".
QString targetState(const QJsonObject &record, const QString &db);
// The record's steps by title prefix: the first whose title starts with prefix.
QJsonObject step(const QJsonObject &record, const QString &titlePrefix);
// The verdict of the record's latest verification ("equal", "different", …) and how many tables it compared.
QString verdict(const QJsonObject &record, int *tables = nullptr);
// `COMMAND --resume RECORD` with the sandbox's known_hosts (unless extra names another) and extra arguments, the
// sandbox's PostgreSQL password in the environment, as a user resumes.
CliRun resume(const QString &command, const QString &recordPath, const QString &sessionDir, const QStringList &extra = {});
// `revert --session RECORD` with the sandbox's known_hosts: the source changes of that session undone.
CliRun revert(const QString &recordPath);
// Runs the CLI with args (+ --session-dir sessionDir) like CliRun::run, in sandboxPgEnv(); once its stderr holds marker and
// ready() says so (null: at once), calls fault(process) once (a restart, a signal; null: none).
// *detected: seconds from that moment (the fault, or the marker when no fault is given) to the CLI's exit, -1 when
// it never came.
CliRun runWithFault(const QStringList &args, const QString &sessionDir, const QByteArray &marker, const std::function<bool()> &ready,
                    const std::function<void(QProcess &)> &fault, double *detected, int timeoutMs = 300000);
// One line per fault for the closing note: "fault: ROW | outcome: … | detected after S s | resume: …".
void print(const QString &row, const QString &outcome, double detectedSeconds, const QString &resume);
// What the CLI said without the command lines it logs ("[host] $ …"), the last maxChars of it: for messages.
QString said(const CliRun &r, int maxChars = 3000);
// The last line of text that starts with prefix (a CLI's "error: …" or "outcome: …"), trimmed.
QString lineStarting(const QString &text, const QString &prefix);

} // namespace FaultChecks

} // namespace pgcrossing::test

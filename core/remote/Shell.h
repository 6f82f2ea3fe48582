#pragma once
#include "CommandResult.h"
#include "CommandSpec.h"
#include "RemoteProcess.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace pgcrossing {

class CancelToken;
class CommandJournal;

// A way to run programs on one host: this machine (LocalShell), a host over SSH (SshShell), or a
// container on either (ContainerShell, a decorator). Implementations provide startArgv(); start()
// adds what every command needs wherever it runs: a tiny POSIX sh preamble that pins the C locale for
// the tools' messages (LC_ALL=C, inside the container too), reports the command's
// pid (so cancel can kill it on its own host) and, when the spec carries a secret, reads it from the
// first stdin line into an environment variable (so it never shows in an argv). Every command started
// through start() is recorded in the journal, if one is set.
class Shell {
    Q_DECLARE_TR_FUNCTIONS(Shell)

public:
    virtual ~Shell() = default;

    // Who runs the command, for logs and the session record: "local", "root@127.0.0.2:2222",
    // "root@127.0.0.2:2222 › docker postgresql-svc-plus".
    virtual QString hostLabel() const = 0;

    // Starts argv exactly as given (no shell on our side; SshShell quotes each word for the remote shell).
    // Returns nullptr and sets *error when the command could not be started, and *sshError when that was
    // because the SSH connection failed.
    virtual std::unique_ptr<RemoteProcess> startArgv(const QStringList &argv, QString *error,
                                                     SshError *sshError = nullptr) = 0;

    // The argv that startArgv() receives for a spec: sh -c PREAMBLE pgcrossing ARGV...
    static QStringList wrappedArgv(const CommandSpec &spec);

    // Starts a spec (wrapped as above). The returned process strips the pid line from stderr and its
    // terminate() kills the command on its host through this shell.
    std::unique_ptr<RemoteProcess> start(const CommandSpec &spec, QString *error, SshError *sshError = nullptr);

    // Runs a spec to completion: writes stdinData, collects stdout (up to maxOut bytes, then fails
    // with a message), honours cancel (the command is terminated on its host).
    CommandResult run(const CommandSpec &spec, const QByteArray &stdinData = {},
                      const CancelToken *cancel = nullptr, qint64 maxOut = 256 * 1024 * 1024);

    void setJournal(CommandJournal *journal) { m_journal = journal; }
    CommandJournal *journal() const { return m_journal; }

private:
    CommandJournal *m_journal = nullptr;
};

} // namespace pgcrossing

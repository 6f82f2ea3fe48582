#pragma once
#include <QCoreApplication>
#include "RemoteProcess.h"

#include <QByteArray>
#include <QString>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <memory>

namespace pgcrossing {

class SshShell;
class SshSession;

// One command running on an exec channel of an SshSession it owns while it runs. The session is in
// blocking mode, but this class never lets a libssh call wait on the network for long: it writes only
// as much as the remote window takes, and waits through an ssh_event poll with a deadline, draining
// stderr (and, while writing or waiting, stdout into a bounded internal buffer) every time, so neither
// a chatty stderr nor a full stdout can stall the remote process or deadlock a large stdin. When it is
// destroyed or terminated, the session goes back to the shell's pool if the command finished cleanly,
// and is disconnected otherwise.
class SshProcess : public RemoteProcess {
    Q_DECLARE_TR_FUNCTIONS(SshProcess)
public:
    // Opens a channel on session and starts command (one POSIX shell command line). On failure returns
    // nullptr with *error set, and the session is still the caller's.
    static std::unique_ptr<SshProcess> start(SshShell *shell, SshSession *session, const QString &command,
                                             QString *error);
    ~SshProcess() override;

    bool writeStdin(const char *data, qint64 size) override;
    void closeStdin() override;
    qint64 readStdout(char *buf, qint64 max, int timeoutMs) override;
    QByteArray takeStderr() override;
    bool waitForFinished(int timeoutMs) override;
    int exitCode() const override;
    void terminate() override;

private:
    SshProcess(SshShell *shell, SshSession *session);
    bool channelAlive() const;
    bool finished() const;
    void drainStderr();
    void drainStdout();
    // Waits up to timeoutMs for anything from the server (data, window, exit status, close).
    void waitForNetwork(int timeoutMs);
    qsizetype bufferedStdout() const { return m_out.size() - m_outPos; }
    void releaseSession();

    static void onExitStatus(ssh_session, ssh_channel, int status, void *userdata);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int core, const char *errmsg,
                             const char *lang, void *userdata);

    SshShell *m_shell;
    SshSession *m_session;
    ssh_channel m_channel = nullptr;
    ssh_event m_event = nullptr;
    struct ssh_channel_callbacks_struct m_callbacks;

    QByteArray m_out;        // stdout taken from the channel while writing or waiting, not yet read
    qsizetype m_outPos = 0;
    QByteArray m_err;        // stderr not yet taken
    bool m_stdinClosed = false;
    bool m_exitKnown = false;   // exit-status or exit-signal arrived
    int m_exitStatus = -1;      // -1 when killed by a signal
    bool m_broken = false;      // the session failed; nothing more will come
    bool m_errTruncated = false;
};

} // namespace pgcrossing

#pragma once
#include <QCoreApplication>
#include "RemoteProcess.h"

#include <QByteArray>
#include <QElapsedTimer>
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
    QString linkError() const override { return m_linkError; }

    // A channel that brought nothing for this long asks the server for an answer (SshSession::keepalive);
    // kMissedKeepalives unanswered in a row, each waited for kKeepaliveReplySec, and the link is declared
    // dead. So a silent link is detected within kKeepaliveIdleMs + kMissedKeepalives × kKeepaliveReplySec
    // (20 s), while a live one may stay quiet for as long as its command works (a long index build).
    static constexpr int kKeepaliveIdleMs = 10000;
    static constexpr int kKeepaliveReplySec = 5;
    static constexpr int kMissedKeepalives = 2;

private:
    SshProcess(SshShell *shell, SshSession *session);
    bool channelAlive() const;
    bool finished() const;
    void drainStderr();
    void drainStdout();
    // Waits up to timeoutMs for anything from the server (data, window, exit status, close).
    void waitForNetwork(int timeoutMs);
    qsizetype bufferedStdout() const { return m_out.size() - m_outPos; }
    // The connection failed: nothing more will come; linkError() says why.
    void markBroken(const QString &why = {});
    // Data moved: the link is alive.
    void sawActivity() { m_idle.restart(); m_missed = 0; }
    void probeLinkIfIdle();
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
    QString m_linkError;
    QElapsedTimer m_idle;       // since data last moved on the channel or the server last answered
    int m_missed = 0;           // keepalives unanswered in a row
};

} // namespace pgcrossing

#include "SshProcess.h"

#include "SshSession.h"
#include "SshShell.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstring>

namespace pgcrossing {

namespace {
// stdout taken off the channel while the caller is busy writing stdin or waiting for the exit. A
// target such as pg_restore or psql prints little; beyond this the caller is not reading its output.
constexpr qsizetype kMaxBufferedStdout = 64 * 1024 * 1024;
// stderr kept until takeStderr(); beyond it the oldest half is dropped.
constexpr qsizetype kMaxStderr = 16 * 1024 * 1024;
// One write call never hands libssh more than this, so stderr/stdout are drained in between.
constexpr qint64 kMaxWriteChunk = 256 * 1024;
// A wait on the network is cut in slices of at most this, so a missed wake-up costs little.
constexpr int kMaxWaitSlice = 100;
constexpr uint32_t kReadChunk = 256 * 1024;

} // namespace

SshProcess::SshProcess(SshShell *shell, SshSession *session) : m_shell(shell), m_session(session)
{
    std::memset(&m_callbacks, 0, sizeof m_callbacks);
    ssh_callbacks_init(&m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.channel_exit_status_function = &SshProcess::onExitStatus;
    m_callbacks.channel_exit_signal_function = &SshProcess::onExitSignal;
}

std::unique_ptr<SshProcess> SshProcess::start(SshShell *shell, SshSession *session, const QString &command,
                                              QString *error)
{
    std::unique_ptr<SshProcess> p(new SshProcess(shell, session));
    ssh_session s = session->handle();
    auto fail = [&](const QString &what) -> std::unique_ptr<SshProcess> {
        const QString msg = QString::fromUtf8(ssh_get_error(s));
        if (error)
            *error = SshProcess::tr("Could not start the command on %1 (%2: %3). Check the connection and try again.")
                         .arg(session->address(), what, msg.isEmpty() ? SshProcess::tr("no details") : msg);
        if (p->m_channel) {
            ssh_remove_channel_callbacks(p->m_channel, &p->m_callbacks);
            ssh_channel_free(p->m_channel);
            p->m_channel = nullptr;
        }
        if (p->m_event) {
            ssh_event_remove_session(p->m_event, s);
            ssh_event_free(p->m_event);
            p->m_event = nullptr;
        }
        p->m_session = nullptr; // still the caller's
        return nullptr;
    };

    p->m_channel = ssh_channel_new(s);
    if (!p->m_channel)
        return fail(SshProcess::tr("new channel"));
    // Before the exec request, so an exit status that comes at once is not missed.
    ssh_set_channel_callbacks(p->m_channel, &p->m_callbacks);
    if (ssh_channel_open_session(p->m_channel) != SSH_OK)
        return fail(SshProcess::tr("open channel"));
    if (ssh_channel_request_exec(p->m_channel, command.toUtf8().constData()) != SSH_OK)
        return fail(SshProcess::tr("exec"));
    p->m_idle.start();
    p->m_event = ssh_event_new();
    if (p->m_event && ssh_event_add_session(p->m_event, s) != SSH_OK) {
        ssh_event_free(p->m_event);
        p->m_event = nullptr; // waits fall back to ssh_channel_poll_timeout()
    }
    return p;
}

SshProcess::~SshProcess()
{
    releaseSession();
}

void SshProcess::onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *self = static_cast<SshProcess *>(userdata);
    self->m_exitKnown = true;
    self->m_exitStatus = status;
}

void SshProcess::onExitSignal(ssh_session, ssh_channel, const char *, int, const char *, const char *,
                              void *userdata)
{
    auto *self = static_cast<SshProcess *>(userdata);
    self->m_exitKnown = true;
    self->m_exitStatus = -1;
}

bool SshProcess::channelAlive() const
{
    return m_channel && !m_broken;
}

bool SshProcess::finished() const
{
    return !channelAlive() || m_exitKnown || ssh_channel_is_closed(m_channel);
}

void SshProcess::drainStderr()
{
    if (!channelAlive())
        return;
    char buf[32 * 1024];
    for (;;) {
        const int n = ssh_channel_read_nonblocking(m_channel, buf, sizeof buf, 1);
        if (n > 0) {
            m_err.append(buf, n);
            sawActivity();
            continue;
        }
        if (n == SSH_ERROR)
            markBroken();
        break;
    }
    if (m_err.size() > kMaxStderr) {
        m_err.remove(0, m_err.size() - kMaxStderr / 2);
        m_errTruncated = true;
    }
}

void SshProcess::drainStdout()
{
    if (!channelAlive())
        return;
    if (m_outPos > 0 && (m_outPos >= m_out.size() || m_outPos > 1024 * 1024)) {
        m_out.remove(0, m_outPos);
        m_outPos = 0;
    }
    while (bufferedStdout() < kMaxBufferedStdout) {
        const qsizetype old = m_out.size();
        m_out.resize(old + kReadChunk);
        const int n = ssh_channel_read_nonblocking(m_channel, m_out.data() + old, kReadChunk, 0);
        m_out.resize(old + std::max(n, 0));
        if (n <= 0) {
            if (n == SSH_ERROR)
                markBroken();
            break;
        }
        sawActivity();
    }
}

void SshProcess::waitForNetwork(int timeoutMs)
{
    if (!channelAlive() || timeoutMs <= 0)
        return;
    timeoutMs = std::min(timeoutMs, kMaxWaitSlice);
    if (m_event) {
        if (ssh_event_dopoll(m_event, timeoutMs) == SSH_ERROR && !m_session->isConnected())
            markBroken();
    } else if (ssh_channel_poll_timeout(m_channel, timeoutMs, 0) == SSH_ERROR) {
        markBroken();
    }
    if (!m_session->isConnected())
        markBroken();
    probeLinkIfIdle();
}

void SshProcess::probeLinkIfIdle()
{
    if (!channelAlive() || m_exitKnown || m_idle.elapsed() < kKeepaliveIdleMs)
        return;
    switch (m_session->keepalive(kKeepaliveReplySec)) {
    case SshSession::Probe::Answered:
        sawActivity();
        break;
    case SshSession::Probe::Dropped:
        markBroken();
        break;
    case SshSession::Probe::Silent:
        if (++m_missed >= kMissedKeepalives)
            markBroken(tr("went silent: no answer to %1 keepalive requests in %2 s (the network or the host stopped "
                          "responding)")
                           .arg(kMissedKeepalives)
                           .arg((kKeepaliveIdleMs / 1000) + kMissedKeepalives * kKeepaliveReplySec));
        break;
    }
}

void SshProcess::markBroken(const QString &why)
{
    if (m_broken)
        return;
    m_broken = true;
    if (!why.isEmpty()) {
        m_linkError = why;
        return;
    }
    const QString err = m_session ? m_session->lastError() : QString();
    m_linkError = err.isEmpty() ? tr("dropped") : tr("dropped (%1)").arg(err);
}

bool SshProcess::writeStdin(const char *data, qint64 size)
{
    if (!channelAlive() || m_stdinClosed)
        return false;
    while (size > 0) {
        drainStderr();
        drainStdout();
        if (!channelAlive() || m_exitKnown || ssh_channel_is_closed(m_channel))
            return false;
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window > 0) {
            const uint32_t n = uint32_t(std::min<qint64>({size, qint64(window), kMaxWriteChunk}));
            // At most the window: libssh sends it without waiting for the server to make room.
            const int rc = ssh_channel_write(m_channel, data, n);
            if (rc < 0) {
                if (!m_session->isConnected())
                    markBroken();
                return false;
            }
            if (rc == 0) {
                waitForNetwork(kMaxWaitSlice);
                continue;
            }
            data += rc;
            size -= rc;
            sawActivity();
            continue;
        }
        if (bufferedStdout() >= kMaxBufferedStdout) {
            // The command waits for someone to read its output while we wait for it to read its input.
            qWarning("SshProcess: stdin not accepted while %lld bytes of unread stdout are buffered; "
                     "read stdout while writing",
                     qlonglong(bufferedStdout()));
            return false;
        }
        waitForNetwork(kMaxWaitSlice);
    }
    return true;
}

void SshProcess::closeStdin()
{
    if (m_stdinClosed)
        return;
    m_stdinClosed = true;
    if (channelAlive() && ssh_channel_is_open(m_channel))
        ssh_channel_send_eof(m_channel);
}

qint64 SshProcess::readStdout(char *buf, qint64 max, int timeoutMs)
{
    if (max <= 0)
        return 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (bufferedStdout() > 0) {
            const qint64 n = std::min<qint64>(max, bufferedStdout());
            std::memcpy(buf, m_out.constData() + m_outPos, size_t(n));
            m_outPos += n;
            if (m_outPos == m_out.size()) {
                m_out.clear();
                m_outPos = 0;
            }
            drainStderr();
            return n;
        }
        if (!channelAlive())
            return -1;
        const int n = ssh_channel_read_nonblocking(m_channel, buf, uint32_t(std::min<qint64>(max, 1 << 30)), 0);
        drainStderr();
        if (n > 0) {
            sawActivity();
            return n;
        }
        if (n == SSH_ERROR) {
            markBroken();
            return -1;
        }
        // libssh reports EOF only once both its buffers are empty; stderr was just drained.
        if (!channelAlive() || ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel))
            return -1;
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            return 0;
        waitForNetwork(int(left));
    }
}

QByteArray SshProcess::takeStderr()
{
    drainStderr();
    QByteArray out;
    out.swap(m_err);
    if (m_errTruncated) {
        out.prepend("[... earlier stderr dropped ...]\n");
        m_errTruncated = false;
    }
    return out;
}

bool SshProcess::waitForFinished(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        drainStderr();
        drainStdout();
        if (finished())
            return true;
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            return false;
        waitForNetwork(int(left));
    }
}

int SshProcess::exitCode() const
{
    return m_exitKnown ? m_exitStatus : -1;
}

void SshProcess::terminate()
{
    // The command itself is killed by pid by the caller (TrackedProcess); here our end goes away.
    drainStderr();
    releaseSession();
}

void SshProcess::releaseSession()
{
    if (!m_session)
        return;
    ssh_session s = m_session->handle();
    // Reused only when the command is over and the connection is healthy; anything else is discarded,
    // so a half-finished channel never meets the next command.
    const bool reusable = m_exitKnown && !m_broken && m_session->isConnected();
    if (m_channel) {
        ssh_remove_channel_callbacks(m_channel, &m_callbacks);
        if (reusable && ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        if (reusable)
            ssh_channel_free(m_channel);
        // Not reusable: the session is disconnected and freed below, which frees the channel too
        // without another round trip to a server that may be gone.
        m_channel = nullptr;
    }
    if (m_event) {
        ssh_event_remove_session(m_event, s);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    SshSession *session = m_session;
    m_session = nullptr;
    m_shell->release(session, reusable);
}

} // namespace pgcrossing

#pragma once
#include "Shell.h"
#include "model/SshConfig.h"
#include "model/SshError.h"

#include <QMutex>
#include <QList>

namespace pgcrossing {

class SshSession;

// Runs commands on a remote host through libssh: one authenticated SSH session per running command
// (sessions are pooled and reused once their command ends), because a libssh session must not be shared
// between threads and one session per stream is what measured fastest. The remote side gets one
// command line: each argv word passed through ShellQuote. Host keys are checked against known_hosts on
// every connection: an unknown key is refused (with its SHA256 fingerprint) unless it matches
// SshConfig::acceptFingerprint; a changed key is always refused.
class SshShell : public Shell {
public:
    explicit SshShell(SshConfig config);
    ~SshShell() override;

    QString hostLabel() const override;
    std::unique_ptr<RemoteProcess> startArgv(const QStringList &argv, QString *error,
                                             SshError *sshError = nullptr) override;

    // Connects and authenticates once, reporting the first layer that failed.
    SshError testConnection();
    // The error of the last failed connection attempt (also used to fill *error in startArgv()).
    SshError lastError() const;

    const SshConfig &config() const { return m_config; }

private:
    friend class SshProcess;
    // An idle pooled session (fromPool = true) or a new connection; nullptr with *error on failure.
    SshSession *acquire(SshError *error, bool *fromPool = nullptr);
    // Back to the pool when reusable and still connected (up to kMaxIdle), otherwise disconnected.
    void release(SshSession *session, bool reusable);
    void setLastError(const SshError &error);

    static constexpr int kMaxIdle = 4;
    // A session idle longer than this may have been dropped silently by a firewall or NAT; a fresh
    // connection costs less than finding out through a timeout.
    static constexpr qint64 kMaxIdleMs = 60 * 1000;

    SshConfig m_config;
    mutable QMutex m_mutex;
    QList<SshSession *> m_idle;
    SshError m_lastError;
};

} // namespace pgcrossing

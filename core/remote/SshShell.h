#pragma once
#include "Shell.h"
#include "SshConfig.h"
#include "SshError.h"

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
    std::unique_ptr<RemoteProcess> startArgv(const QStringList &argv, QString *error) override;

    // Connects and authenticates once, reporting the first layer that failed.
    SshError testConnection();
    // The error of the last failed connection attempt (also used to fill *error in startArgv()).
    SshError lastError() const;

    const SshConfig &config() const { return m_config; }

private:
    friend class SshProcess;
    SshSession *acquire(SshError *error);
    void release(SshSession *session, bool reusable);

    SshConfig m_config;
    mutable QMutex m_mutex;
    QList<SshSession *> m_idle;
    SshError m_lastError;
};

} // namespace pgcrossing

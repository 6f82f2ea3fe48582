#pragma once
#include <QCoreApplication>
#include "model/SshConfig.h"
#include "model/SshError.h"

#include <QElapsedTimer>
#include <QString>
#include <libssh/libssh.h>
#include <memory>

namespace pgcrossing {

// One connected, host-key-checked and authenticated libssh session in blocking mode. It is used by one
// thread at a time (libssh sessions are not thread-safe); SshShell pools idle ones. connect() goes
// through the layers the Hosts page reports — reachable, host key trusted, authenticated — and stops at
// the first that fails with an SshError whose message says what to do next. No secret (password, key
// passphrase) ever reaches a message.
class SshSession {
    Q_DECLARE_TR_FUNCTIONS(SshSession)
public:
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects to config.host:config.port, checks the host key against known_hosts (accepting and
    // recording an unknown key only when it matches config.acceptFingerprint) and authenticates.
    // Returns nullptr and fills *error on failure.
    static std::unique_ptr<SshSession> connect(const SshConfig &config, SshError *error);

    ssh_session handle() const { return m_session; }
    // False once the connection broke (server gone, protocol error, disconnected).
    bool isConnected() const;
    // "host:port", for messages.
    QString address() const { return m_address; }

    // Asks the server for an answer on this connection (the keepalive@openssh.com global request, which a
    // server must answer even if only to refuse it) and waits for it at most replySec seconds. Silent: no
    // answer in time although the connection looks open (a link or host that stopped responding).
    enum class Probe { Answered, Silent, Dropped };
    Probe keepalive(int replySec);
    // Why the connection failed, as libssh says it ("Socket error: Connection reset by peer").
    QString lastError() const;

    // For the pool: how long the session has been sitting unused.
    void markIdle() { m_idleSince.start(); }
    qint64 idleMs() const { return m_idleSince.isValid() ? m_idleSince.elapsed() : 0; }

    // The known_hosts file a config uses: its own, or ~/.ssh/known_hosts.
    static QString knownHostsPath(const SshConfig &config);
    // "SHA256:…" of a server key exactly as `ssh-keygen -lf` prints it (no base64 padding).
    static QString fingerprintOf(ssh_key key);

private:
    SshSession() = default;
    bool checkHostKey(const SshConfig &config, SshError *error);
    bool authenticate(const SshConfig &config, SshError *error);

    ssh_session m_session = nullptr;
    QString m_address;
    long m_timeoutSec = 10; // blocking calls' timeout (SSH_OPTIONS_TIMEOUT), restored after a keepalive
    QElapsedTimer m_idleSince;
};

} // namespace pgcrossing

#include "SshSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <libssh/server.h> // ssh_send_keepalive
#include <mutex>

namespace pgcrossing {

namespace {


void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

QString libsshError(ssh_session s)
{
    QString msg = QString::fromUtf8(ssh_get_error(s)).trimmed();
    if (msg.endsWith(QLatin1Char('.')))
        msg.chop(1);
    return msg.isEmpty() ? SshSession::tr("unknown error") : msg;
}

// "SHA256:abc=" and "abc" both compare as "SHA256:abc".
QString normalizedFingerprint(QString fp)
{
    fp = fp.trimmed();
    if (fp.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        fp = fp.mid(7);
    while (fp.endsWith(QLatin1Char('=')))
        fp.chop(1);
    return fp.isEmpty() ? QString() : QStringLiteral("SHA256:") + fp;
}

// How `ssh-keygen -R` names a host in known_hosts.
QString knownHostsName(const SshConfig &c)
{
    return c.port == 22 ? c.host : QStringLiteral("[%1]:%2").arg(c.host).arg(c.port);
}

// Errors of ssh_connect() that are not about reaching the host (the TCP connection worked, the
// SSH handshake did not).
bool isHandshakeError(const QString &msg)
{
    static const char *const words[] = {"kex", "algorithm", "no match", "banner", "protocol mismatch",
                                        "signature", "hostkey", "host key"};
    for (const char *w : words)
        if (msg.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

SshSession::~SshSession()
{
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
    }
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session) && !(ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR));
}

SshSession::Probe SshSession::keepalive(int replySec)
{
    if (!isConnected())
        return Probe::Dropped;
    // ssh_send_keepalive (server.h, but a plain client call) sends the request with want_reply and waits for
    // the answer up to the session's timeout; it hides whether one came, so the time it took tells.
    long wait = replySec;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &wait);
    QElapsedTimer t;
    t.start();
    ssh_send_keepalive(m_session);
    const qint64 took = t.elapsed();
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &m_timeoutSec);
    if (!isConnected())
        return Probe::Dropped;
    return took >= qint64(replySec) * 1000 - 50 ? Probe::Silent : Probe::Answered;
}

QString SshSession::lastError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

QString SshSession::knownHostsPath(const SshConfig &config)
{
    if (!config.knownHostsFile.isEmpty())
        return config.knownHostsFile;
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString SshSession::fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t hlen = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hlen) != SSH_OK)
        return {};
    char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hlen);
    ssh_clean_pubkey_hash(&hash);
    if (!fp)
        return {};
    const QString out = normalizedFingerprint(QString::fromLatin1(fp));
    ssh_string_free_char(fp);
    return out;
}

std::unique_ptr<SshSession> SshSession::connect(const SshConfig &config, SshError *error)
{
    initLibssh();
    SshError err;
    std::unique_ptr<SshSession> s(new SshSession);
    s->m_address = QStringLiteral("%1:%2").arg(config.host).arg(config.port);
    auto fail = [&](SshError::Kind kind, const QString &message, const QString &fp = {}) {
        if (error) {
            error->kind = kind;
            error->message = message;
            error->fingerprint = fp;
        }
        return nullptr;
    };

    if (config.host.trimmed().isEmpty())
        return fail(SshError::Kind::Other, SshSession::tr("No SSH host is set. Enter the host name or address of the server."));

    s->m_session = ssh_new();
    if (!s->m_session)
        return fail(SshError::Kind::Other, SshSession::tr("Could not create an SSH session (out of memory?). Try again."));
    ssh_session ss = s->m_session;

    const QByteArray host = config.host.trimmed().toUtf8();
    const unsigned int port = unsigned(config.port > 0 ? config.port : 22);
    const long timeout = config.connectTimeoutSec > 0 ? config.connectTimeoutSec : 10;
    const QByteArray knownHosts = QFile::encodeName(knownHostsPath(config));
    const bool processConfig = false; // ~/.ssh/config could silently redirect host, port or user
    const int nodelay = 1;
    ssh_options_set(ss, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(ss, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(ss, SSH_OPTIONS_PORT, &port);
    if (!config.user.isEmpty())
        ssh_options_set(ss, SSH_OPTIONS_USER, config.user.toUtf8().constData());
    ssh_options_set(ss, SSH_OPTIONS_TIMEOUT, &timeout);
    s->m_timeoutSec = timeout;
    ssh_options_set(ss, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(ss, SSH_OPTIONS_NODELAY, &nodelay);
    ssh_set_blocking(ss, 1);

    if (ssh_connect(ss) != SSH_OK) {
        const QString msg = libsshError(ss);
        if (isHandshakeError(msg))
            return fail(SshError::Kind::Other,
                        SshSession::tr("%1 answered, but the SSH handshake failed: %2. Check that this port runs an "
                           "SSH server that accepts modern algorithms.")
                            .arg(s->m_address, msg));
        return fail(SshError::Kind::Unreachable,
                    SshSession::tr("Cannot reach %1: %2. Check the host name and port, that the SSH server is running, "
                       "and that no firewall blocks the connection.")
                        .arg(s->m_address, msg));
    }

    if (!s->checkHostKey(config, &err))
        return fail(err.kind, err.message, err.fingerprint);
    if (!s->authenticate(config, &err))
        return fail(err.kind, err.message, err.fingerprint);
    if (error)
        *error = SshError{};
    return s;
}

bool SshSession::checkHostKey(const SshConfig &config, SshError *error)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK || !key) {
        error->kind = SshError::Kind::Other;
        error->message = SshSession::tr("%1 sent no usable host key (%2). Check the server's SSH configuration.")
                             .arg(m_address, libsshError(m_session));
        return false;
    }
    const QString fp = fingerprintOf(key);
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);
    const QString khPath = knownHostsPath(config);

    const enum ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        error->kind = SshError::Kind::HostKeyChanged;
        error->fingerprint = fp;
        error->message =
            SshSession::tr("The host key of %1 has changed since it was last trusted: it now presents %2 key %3, which "
               "does not match the line for this host in %4. This can mean someone is intercepting the "
               "connection, or that the server was reinstalled. Do not connect until you have checked the "
               "key with the server's administrator; if the change is expected, remove the old line with "
               "`ssh-keygen -f \"%4\" -R \"%5\"` and connect again to review the new key.")
                .arg(m_address, keyType, fp, khPath, knownHostsName(config));
        return false;
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        error->kind = SshError::Kind::Other;
        error->fingerprint = fp;
        error->message = SshSession::tr("Could not check the host key of %1 against %2: %3. Check that the file is "
                            "readable and well-formed.")
                             .arg(m_address, khPath, libsshError(m_session));
        return false;
    }

    // Unknown host: accepted only if the user has seen and confirmed exactly this fingerprint.
    const QString wanted = normalizedFingerprint(config.acceptFingerprint);
    if (fp.isEmpty() || wanted.isEmpty() || wanted != fp) {
        error->kind = SshError::Kind::HostKeyUnknown;
        error->fingerprint = fp;
        error->message =
            SshSession::tr("%1 is not a known host yet. It presents %2 key %3. Compare it with what "
               "`ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub` prints on the server (or ask its "
               "administrator) and accept it only if both are identical.")
                .arg(m_address, keyType, fp,
                     keyType.startsWith(QLatin1String("ssh-"))
                         ? keyType.mid(4)
                         : (keyType.startsWith(QLatin1String("ecdsa")) ? QStringLiteral("ecdsa") : keyType));
        return false;
    }
    QDir().mkpath(QFileInfo(khPath).absolutePath());
    if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
        error->kind = SshError::Kind::Other;
        error->fingerprint = fp;
        error->message = SshSession::tr("The host key %1 of %2 was accepted, but could not be saved to %3: %4. Check that "
                            "the file and its folder are writable.")
                             .arg(fp, m_address, khPath, libsshError(m_session));
        return false;
    }
    return true;
}

bool SshSession::authenticate(const SshConfig &config, SshError *error)
{
    const QString who = config.user.isEmpty() ? m_address : config.user + QLatin1Char('@') + m_address;
    auto authFailed = [&](const QString &message) {
        error->kind = SshError::Kind::AuthFailed;
        error->message = message;
        return false;
    };
    auto otherError = [&] {
        const QString msg = libsshError(m_session);
        error->kind = isConnected() ? SshError::Kind::Other : SshError::Kind::Unreachable;
        error->message = SshSession::tr("The connection to %1 failed during login: %2. Try again; if it keeps failing, "
                            "check the server's SSH log.")
                             .arg(m_address, msg);
        return false;
    };

    int rc = SSH_AUTH_ERROR;
    switch (config.auth) {
    case SshConfig::Auth::Agent:
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
            return authFailed(SshSession::tr("No SSH agent is running for this program (SSH_AUTH_SOCK is not set), so no "
                                 "key could be offered to %1. Start an agent and add your key (ssh-add), or "
                                 "choose a key file or password login.")
                                  .arg(who));
        rc = ssh_userauth_agent(m_session, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (rc == SSH_AUTH_DENIED || (rc == SSH_AUTH_ERROR && isConnected()))
            return authFailed(SshSession::tr("%1 accepted none of the keys the SSH agent offered. Check that the agent "
                                 "holds the right key (ssh-add -l) and that its public key is in "
                                 "~/.ssh/authorized_keys of that user on the server.")
                                  .arg(who));
        break;

    case SshConfig::Auth::KeyFile: {
        const QFileInfo fi(config.keyFile);
        if (config.keyFile.isEmpty()) {
            error->kind = SshError::Kind::KeyFileUnreadable;
            error->message = SshSession::tr("No key file is set for %1. Choose your private key file (for example "
                                "~/.ssh/id_ed25519).")
                                 .arg(who);
            return false;
        }
        if (!fi.exists() || !fi.isFile() || !fi.isReadable()) {
            error->kind = SshError::Kind::KeyFileUnreadable;
            error->message = SshSession::tr("The key file %1 does not exist or cannot be read. Check the path and the "
                                "file's permissions.")
                                 .arg(config.keyFile);
            return false;
        }
        ssh_key key = nullptr;
        const QByteArray path = QFile::encodeName(config.keyFile);
        const int irc = ssh_pki_import_privkey_file(
            path.constData(), config.keyPassphrase.isEmpty() ? nullptr : config.keyPassphrase.constData(),
            nullptr, nullptr, &key);
        if (irc != SSH_OK || !key) {
            error->kind = SshError::Kind::KeyFileUnreadable;
            error->message =
                config.keyPassphrase.isEmpty()
                    ? SshSession::tr("The key file %1 could not be opened: it is protected by a passphrase, or it is not "
                         "a private key. Enter the key's passphrase, or choose the private key file (not the "
                         ".pub file).")
                          .arg(config.keyFile)
                    : SshSession::tr("The key file %1 could not be opened with the passphrase given: the passphrase is "
                         "wrong, or the file is not a private key. Enter the passphrase again, or choose "
                         "another key file.")
                          .arg(config.keyFile);
            return false;
        }
        rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (rc == SSH_AUTH_DENIED)
            return authFailed(SshSession::tr("%1 refused the key %2. Add its public key (%2.pub) to ~/.ssh/authorized_keys "
                                 "of that user on the server (for example with ssh-copy-id), or choose another "
                                 "key.")
                                  .arg(who, config.keyFile));
        break;
    }

    case SshConfig::Auth::Password:
        rc = ssh_userauth_password(m_session, nullptr, config.password.constData());
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (rc == SSH_AUTH_DENIED)
            return authFailed(SshSession::tr("%1 refused the password. Check the user name and the password; the server "
                                 "may also not allow password login (PasswordAuthentication) for this user.")
                                  .arg(who));
        break;
    }

    if (rc == SSH_AUTH_PARTIAL)
        return authFailed(SshSession::tr("%1 accepted the first login step but asks for more (for example a one-time "
                             "code), which this program does not support. Use a key the server accepts on "
                             "its own.")
                              .arg(who));
    return otherError();
}

} // namespace pgcrossing

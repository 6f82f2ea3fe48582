#pragma once
#include <QByteArray>
#include <QString>

namespace pgcrossing {

// How to reach one host over SSH. Secrets (password, key passphrase) are separate fields that the
// caller fills from the keychain and that are never serialised.
struct SshConfig {
    enum class Auth { Agent, KeyFile, Password };

    QString host;
    int port = 22;
    QString user;
    Auth auth = Auth::Agent;
    QString keyFile;            // for Auth::KeyFile
    QString knownHostsFile;     // empty: ~/.ssh/known_hosts
    // A host key the user has just seen and accepted ("SHA256:…"); an unknown key with exactly this
    // fingerprint is accepted and written to knownHostsFile. A *changed* key is refused regardless.
    QString acceptFingerprint;
    int connectTimeoutSec = 10;

    QByteArray password;        // secret: Auth::Password
    QByteArray keyPassphrase;   // secret: Auth::KeyFile, when the key is encrypted

    QString label() const;      // user@host:port
};

} // namespace pgcrossing

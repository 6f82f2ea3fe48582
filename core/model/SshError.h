#pragma once
#include <QString>

namespace pgcrossing {

// Why an SSH connection failed, in layers the way the Hosts page reports them.
struct SshError {
    enum class Kind {
        None,
        Unreachable,      // DNS, refused, timeout
        HostKeyUnknown,   // not in known_hosts: fingerprint says what to show the user
        HostKeyChanged,   // differs from known_hosts: always refused
        AuthFailed,       // wrong password / key / passphrase, agent had no accepted key
        KeyFileUnreadable,
        Other
    };
    Kind kind = Kind::None;
    QString message;      // one sentence for the user, with what to do
    QString fingerprint;  // "SHA256:…" for host key errors

    bool ok() const { return kind == Kind::None; }
};

} // namespace pgcrossing

#pragma once
#include "model/Endpoint.h"

#include <QMap>
#include <QString>

namespace pgcrossing::test {

// What tests/sandbox/sandbox.sh up wrote into $PGX_SANDBOX_DIR/env: ports, addresses, key files.
// value() fails the calling test (QFAIL-style message) when the sandbox is not up.
class Sandbox {
public:
    static const Sandbox &instance();
    bool isUp() const { return !m_values.isEmpty(); }
    QString value(const QString &key) const;
    int intValue(const QString &key) const { return value(key).toInt(); }
    QString dir() const { return m_dir; }

private:
    Sandbox();
    QString m_dir;
    QMap<QString, QString> m_values;
};

// An endpoint of the sandbox reached as a DBA would: SSH with its key (hostKey: "PGX_SRC_SSH_HOST" or
// "PGX_DST_SSH_HOST"), into the hosts' docker containers, PostgreSQL at pgPort.
Endpoint sandboxSshEndpoint(const QString &role, const QString &hostKey, int pgPort);
// The sandbox's PostgreSQL password as the secrets of an endpoint.
EndpointSecrets sandboxPgSecret();

} // namespace pgcrossing::test

#pragma once
#include "Shell.h"

#include <memory>

namespace pgcrossing {

// Runs commands inside a docker or podman container on the host another Shell reaches:
// `docker exec -i [-u USER] NAME argv…`. The container name and user are separate argv words, so the
// host shell (over SSH) sees them quoted and a hostile name can never run as code.
class ContainerShell : public Shell {
public:
    ContainerShell(std::shared_ptr<Shell> host, QString engine, QString container, QString user = {});

    QString hostLabel() const override;
    std::unique_ptr<RemoteProcess> startArgv(const QStringList &argv, QString *error,
                                             SshError *sshError = nullptr) override;

    // The prefix added before a command: docker exec -i [-u USER] NAME
    QStringList execPrefix() const;
    Shell *host() const { return m_host.get(); }

private:
    std::shared_ptr<Shell> m_host;
    QString m_engine;
    QString m_container;
    QString m_user;
};

} // namespace pgcrossing

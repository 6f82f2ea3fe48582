#include "ShellFactory.h"

#include "remote/ContainerShell.h"
#include "remote/LocalShell.h"
#include "remote/SshShell.h"

namespace pgcrossing::ShellFactory {

std::shared_ptr<Shell> make(const Endpoint &endpoint, const EndpointSecrets &secrets)
{
    std::shared_ptr<Shell> host;
    if (endpoint.kind == Endpoint::Kind::Ssh) {
        SshConfig cfg = endpoint.ssh;
        cfg.password = secrets.sshPassword;
        cfg.keyPassphrase = secrets.keyPassphrase;
        host = std::make_shared<SshShell>(cfg);
    } else {
        host = std::make_shared<LocalShell>();
    }
    if (endpoint.container.isEmpty())
        return host;
    return std::make_shared<ContainerShell>(host,
                                            endpoint.containerEngine.isEmpty() ? QStringLiteral("docker")
                                                                               : endpoint.containerEngine,
                                            endpoint.container, endpoint.containerUser);
}

} // namespace pgcrossing::ShellFactory

#pragma once
#include "model/Endpoint.h"

#include <memory>

namespace pgcrossing {

class Shell;

// Builds the Shell that reaches an endpoint: LocalShell or SshShell, wrapped in a ContainerShell
// when the endpoint names a container. Secrets go into the SSH config in memory only.
namespace ShellFactory {
std::shared_ptr<Shell> make(const Endpoint &endpoint, const EndpointSecrets &secrets);
}

} // namespace pgcrossing

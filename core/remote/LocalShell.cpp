#include "LocalShell.h"

#include "LocalProcess.h"

namespace pgcrossing {

std::unique_ptr<RemoteProcess> LocalShell::startArgv(const QStringList &argv, QString *error, SshError *)
{
    auto proc = std::make_unique<LocalProcess>();
    if (!proc->startProgram(argv, error))
        return nullptr;
    return proc;
}

} // namespace pgcrossing

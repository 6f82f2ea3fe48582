#pragma once
#include "remote/CommandSpec.h"

#include <QString>

namespace pgcrossing {

class PgClient;
class Shell;

// Commands that put a client tool's output into a file on the host — or feed a host file to a tool —
// the way the seed runbook does (`docker exec … pg_dump … > /root/account.dump`): the redirect runs in a
// POSIX sh on the host, outside any container, with the path as a positional parameter (never spliced
// into the script). The password still travels on stdin; `docker exec -e PGPASSWORD` carries it into the
// container by name, so its value never shows in an argv.
namespace HostFiles {
// The shell that runs on the host itself (the one under a container, if any).
Shell &hostShell(Shell &shell);
// tool … > path, run on hostShell(pg.shell()).
CommandSpec toolToFile(const PgClient &pg, const QString &tool, const QStringList &args, const QString &db,
                       const QString &path, const QString &purpose);
// tool … < path, run on hostShell(pg.shell()).
CommandSpec toolFromFile(const PgClient &pg, const QString &tool, const QStringList &args, const QString &db,
                         const QString &path, const QString &purpose);
// Plain host commands on a file.
CommandSpec catFile(const QString &path);
CommandSpec writeFile(const QString &path);   // mkdir -p its folder, then cat > path
CommandSpec sha256(const QString &path);      // prints "<hex>  <path>"
} // namespace HostFiles

} // namespace pgcrossing

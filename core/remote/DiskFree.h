#pragma once
#include <QByteArray>
#include <QString>

namespace pgcrossing {

class CancelToken;
class Shell;

// Free space of the filesystem that holds a path, measured with `df -Pk` by the shell that will write
// there (this machine, an SSH host, or inside a container) — the one place the project asks a host how
// much room it has. A folder that does not exist yet is measured at its nearest existing parent (the
// folder will be created on that filesystem); the path reaches the host's sh as a positional parameter,
// quoted by the shell layer, never spliced into the script. POSIX df only (GNU coreutils and busybox).
struct DiskFree {
    bool ok = false;
    qint64 freeBytes = -1;
    QString path;        // what was asked
    QString measured;    // the nearest existing path that df measured
    QString filesystem;  // df's first column, e.g. /dev/sda1 or tmpfs
    QString mount;       // where that filesystem is mounted
    QString error;       // when !ok: why, verbatim from df or the shell

    static DiskFree measure(Shell &shell, const QString &path, const CancelToken *cancel = nullptr);
    // Parses what measure()'s command prints: the measured path, then `df -Pk` output.
    static DiskFree parse(const QString &path, const QByteArray &out);
};

} // namespace pgcrossing

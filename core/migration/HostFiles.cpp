#include "HostFiles.h"

#include "postgres/PgClient.h"
#include "remote/ContainerShell.h"

#include <QCoreApplication>

namespace pgcrossing::HostFiles {

namespace {
CommandSpec wrap(const PgClient &pg, const QString &script, const QString &tool, const QStringList &args,
                 const QString &db, const QString &path, const QString &purpose)
{
    const CommandSpec inner = pg.toolSpec(tool, args, db, purpose);
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), path};
    if (auto *c = dynamic_cast<ContainerShell *>(&pg.shell())) {
        QStringList prefix = c->execPrefix();
        if (!inner.secret.isEmpty())
            prefix.insert(3, QStringLiteral("-e")), prefix.insert(4, inner.secretEnv);
        spec.argv += prefix;
    }
    spec.argv += inner.argv;
    spec.secret = inner.secret;
    spec.secretEnv = inner.secretEnv;
    spec.purpose = purpose;
    return spec;
}
} // namespace

Shell &hostShell(Shell &shell)
{
    if (auto *c = dynamic_cast<ContainerShell *>(&shell))
        return *c->host();
    return shell;
}

CommandSpec toolToFile(const PgClient &pg, const QString &tool, const QStringList &args, const QString &db,
                       const QString &path, const QString &purpose)
{
    // umask: a dump holds the data; only its owner may read it.
    return wrap(pg, QStringLiteral("out=$1; shift; umask 077; mkdir -p \"$(dirname \"$out\")\" && exec \"$@\" > \"$out\""),
                tool, args, db, path, purpose);
}

CommandSpec toolFromFile(const PgClient &pg, const QString &tool, const QStringList &args, const QString &db,
                         const QString &path, const QString &purpose)
{
    return wrap(pg, QStringLiteral("in=$1; shift; exec \"$@\" < \"$in\""), tool, args, db, path, purpose);
}

CommandSpec catFile(const QString &path)
{
    return CommandSpec::plain({QStringLiteral("cat"), QStringLiteral("--"), path},
                              QCoreApplication::translate("HostFiles", "read %1").arg(path));
}

CommandSpec writeFile(const QString &path)
{
    return CommandSpec::plain({QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("umask 077; mkdir -p \"$(dirname \"$1\")\" && exec cat > \"$1\""),
                               QStringLiteral("sh"), path},
                              QCoreApplication::translate("HostFiles", "write %1").arg(path));
}

CommandSpec sha256(const QString &path)
{
    return CommandSpec::plain({QStringLiteral("sha256sum"), QStringLiteral("--"), path},
                              QCoreApplication::translate("HostFiles", "sha256 of %1").arg(path));
}

} // namespace pgcrossing::HostFiles

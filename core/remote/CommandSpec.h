#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pgcrossing {

// What to run on a host: an argv of plain words (never a shell string) and, optionally, a secret that
// reaches the program as an environment variable through its stdin — so it never appears in any
// process's argument list, on any host, nor in a log. Shell::start() turns this into the real command.
struct CommandSpec {
    QStringList argv;          // program and arguments, unquoted
    QByteArray secret;         // e.g. the PostgreSQL password; empty = none. Never logged.
    QString secretEnv = QStringLiteral("PGPASSWORD");
    QString purpose;           // human words for the log: "dump account"

    // How the command shows in logs and the session record: shell-quoted argv, no secret.
    QString display() const;
    // A command that needs no secret.
    static CommandSpec plain(const QStringList &argv, const QString &purpose);
};

} // namespace pgcrossing

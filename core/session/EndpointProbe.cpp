#include "EndpointProbe.h"

#include "postgres/Catalog.h"
#include "postgres/LoginDiagnosis.h"
#include "postgres/PgClient.h"
#include "remote/DiskFree.h"
#include "remote/LocalShell.h"
#include "remote/Shell.h"
#include "session/ShellFactory.h"
#include "remote/SshShell.h"

namespace pgcrossing::EndpointProbe {

namespace {
QString firstLine(const QString &s) { return s.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(); }

std::shared_ptr<Shell> hostShell(const Endpoint &endpoint, const EndpointSecrets &secrets)
{
    Endpoint host = endpoint;
    host.container.clear();
    return ShellFactory::make(host, secrets);
}
} // namespace

QString hintFor(LoginDiagnosis::Failure why)
{
    using F = LoginDiagnosis::Failure;
    switch (why) {
    case F::NoPasswordGiven:
    case F::PasswordRejected:
        return QObject::tr("Check the PostgreSQL user and password of this side.");
    case F::RefusedBeforePassword:
        return QObject::tr("The server refused this user before asking for a password: check that the user exists "
                           "on the server (often postgres) and that pg_hba.conf has a line for this user and address.");
    case F::DatabaseMissing:
        return QObject::tr("The login works, but not into this database: it does not exist or this user may not "
                           "connect to it.");
    case F::NotListening:
        return QObject::tr("No PostgreSQL server listens there: check the host and port (or the socket directory), "
                           "and that the server runs.");
    case F::NotAccepting:
        return QObject::tr("The server answers but accepts no connections yet (starting up, shutting down or "
                           "recovering): wait, then test again.");
    case F::ToolMissing:
        return QObject::tr("psql is not installed where the commands run: install the PostgreSQL client, or set the "
                           "tools' folder (bindir).");
    case F::Unknown:
        break;
    }
    return QObject::tr("Check the host, container, port, user and password of this side.");
}

QStringList runningContainers(const Endpoint &endpoint, const EndpointSecrets &secrets, const QString &engine,
                              QString *error, QStringList *stopped)
{
    const std::shared_ptr<Shell> shell = hostShell(endpoint, secrets);
    if (auto *ssh = dynamic_cast<SshShell *>(shell.get())) {
        const SshError e = ssh->testConnection();
        if (!e.ok()) {
            *error = e.message;
            return {};
        }
    }
    const CommandResult r = shell->run(CommandSpec::plain({engine, QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
                                                           QStringLiteral("{{.Names}}\t{{.State}}")},
                                                          QObject::tr("list running containers")));
    if (!r.ok()) {
        const QString why = r.error.isEmpty() ? firstLine(QString::fromUtf8(r.err)) : r.error;
        *error = QObject::tr("%1 ps failed on %2: %3").arg(engine, shell->hostLabel(), why);
        return {};
    }
    // One line per container: its name, a tab, its state (docker and podman both say "running").
    QStringList names;
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString name = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        if (line.section(QLatin1Char('\t'), 1).trimmed() == QLatin1String("running"))
            names << name;
        else if (stopped)
            *stopped << name;
    }
    return names;
}

QList<TableInfo> tables(const Endpoint &endpoint, const EndpointSecrets &secrets, const QString &db, QString *error)
{
    PgClient pg(ShellFactory::make(endpoint, secrets), endpoint.pg, secrets.pgPassword);
    return Catalog(pg).tables(db, error);
}

ProbeResult probe(const Endpoint &endpoint, const EndpointSecrets &secrets)
{
    ProbeResult p;
    // 1. The host: SSH host key and login, reported by the layer that failed.
    if (endpoint.kind == Endpoint::Kind::Ssh) {
        SshConfig cfg = endpoint.ssh;
        cfg.password = secrets.sshPassword;
        cfg.keyPassphrase = secrets.keyPassphrase;
        SshShell ssh(cfg);
        p.ssh = ssh.testConnection();
        if (!p.ssh.ok()) {
            p.layer = QStringLiteral("ssh");
            p.message = p.ssh.message;
            switch (p.ssh.kind) {
            case SshError::Kind::HostKeyUnknown:
                p.hint = QObject::tr("Compare the fingerprint with the server's own (ssh-keygen -lf "
                                     "/etc/ssh/ssh_host_ed25519_key.pub on it) before trusting it.");
                break;
            case SshError::Kind::HostKeyChanged:
                p.hint = QObject::tr("The server's key differs from the one recorded in known_hosts. If the server "
                                     "was reinstalled on purpose, remove the old line with ssh-keygen -R; otherwise "
                                     "someone may be in between — do not go on.");
                break;
            case SshError::Kind::AuthFailed:
                p.hint = QObject::tr("Check the SSH user and the password, key file or passphrase.");
                break;
            default:
                p.hint = QObject::tr("Check the SSH host and port, and that sshd runs there.");
            }
            return p;
        }
    }
    // 2. The container runs.
    if (!endpoint.container.isEmpty()) {
        const QString engine = endpoint.containerEngine.isEmpty() ? QStringLiteral("docker") : endpoint.containerEngine;
        QString error;
        QStringList stopped;
        const QStringList running = runningContainers(endpoint, secrets, engine, &error, &stopped);
        if (error.isEmpty() && stopped.contains(endpoint.container)) {
            p.layer = QStringLiteral("container");
            p.message = QObject::tr("The %1 container \"%2\" exists but is not running.").arg(engine, endpoint.container);
            p.hint = QObject::tr("Start it on that host (%1 start %2), then test again.").arg(engine, endpoint.container);
            return p;
        }
        if (!error.isEmpty() || !running.contains(endpoint.container)) {
            p.layer = QStringLiteral("container");
            p.message = error.isEmpty() ? QObject::tr("No %1 container is named \"%2\".").arg(engine, endpoint.container) : error;
            p.hint = running.isEmpty() ? QObject::tr("Start the container, or check the engine and its permissions.")
                                       : QObject::tr("Running containers: %1. Click Detect to pick one.")
                                             .arg(running.join(QStringLiteral(", ")));
            return p;
        }
    }
    // 3. PostgreSQL.
    const std::shared_ptr<Shell> shell = ShellFactory::make(endpoint, secrets);
    PgClient pg(shell, endpoint.pg, secrets.pgPassword);
    const PgResult v = pg.query({}, QStringLiteral("SELECT current_setting('server_version'), "
                                                   "current_setting('server_version_num')"));
    if (!v.ok) {
        p.layer = QStringLiteral("postgres");
        p.message = firstLine(v.error);
        p.hint = hintFor(LoginDiagnosis::diagnose(pg, v));
        return p;
    }
    p.serverVersion = v.value(0, 0).section(QLatin1Char(' '), 0, 0);
    p.versionNum = v.value(0, 1).toInt();
    QString error;
    p.databases = Catalog(pg).databases(&error);
    if (!error.isEmpty()) {
        p.layer = QStringLiteral("postgres");
        p.message = firstLine(error);
        p.hint = hintFor(LoginDiagnosis::Failure::Unknown); // the login worked a moment ago
        return p;
    }
    // 4. Free disk next to the data directory, measured where the server runs (host or container).
    p.freePath = Catalog(pg).dataDirectory(&error);
    if (p.freePath.isEmpty()) {
        p.freeNote = error.isEmpty() ? QObject::tr("unknown: the user may not read data_directory")
                                     : QObject::tr("unknown: %1").arg(firstLine(error));
    } else {
        const DiskFree df = DiskFree::measure(*shell, p.freePath);
        if (df.ok)
            p.freeBytes = df.freeBytes;
        else
            p.freeNote = QObject::tr("unknown: %1").arg(df.error);
    }
    p.ok = true;
    return p;
}

} // namespace pgcrossing::EndpointProbe

#include "Endpoint.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace pgcrossing {

namespace {
QString authName(SshConfig::Auth a)
{
    switch (a) {
    case SshConfig::Auth::Agent: return QStringLiteral("agent");
    case SshConfig::Auth::KeyFile: return QStringLiteral("key");
    case SshConfig::Auth::Password: return QStringLiteral("password");
    }
    return {};
}
} // namespace

QString Endpoint::label() const
{
    // Shown, never parsed: the word in the interface's language (secretKey() keeps the code).
    QString s = kind == Kind::Local ? QCoreApplication::translate("Endpoint", "local") : ssh.label();
    if (!container.isEmpty())
        s += QStringLiteral(" › %1 %2").arg(containerEngine.isEmpty() ? QStringLiteral("docker") : containerEngine,
                                            container);
    return s;
}

QString Endpoint::fullLabel() const
{
    QString address = pg.host;
    if (pg.port)
        address += QLatin1Char(':') + QString::number(pg.port);
    return address.isEmpty() ? label() : label() + QStringLiteral(" › ") + address;
}

QString Endpoint::detailLabel() const
{
    QString s = label();
    if (!container.isEmpty() && !containerUser.isEmpty())
        s += QStringLiteral(" (-u %1)").arg(containerUser);
    s += QStringLiteral(" \u00B7 pg ") + (pg.user.isEmpty() ? QStringLiteral("postgres") : pg.user);
    if (pg.host.isEmpty())
        s += pg.port > 0 ? QCoreApplication::translate("Endpoint", " (local socket, port %1)").arg(pg.port)
                         : QCoreApplication::translate("Endpoint", " (local socket)");
    else
        s += QLatin1Char('@') + pg.host + (pg.port > 0 ? QStringLiteral(":%1").arg(pg.port) : QString());
    if (!pg.sslMode.isEmpty())
        s += QStringLiteral(" sslmode=") + pg.sslMode;
    return s;
}

QString Endpoint::secretKey() const
{
    QString s = kind == Kind::Local ? QStringLiteral("local") : ssh.label();
    if (!container.isEmpty())
        s += QLatin1Char('/') + container;
    s += QStringLiteral("/pg:%1@%2:%3").arg(pg.user, pg.host).arg(pg.port);
    return s;
}

QJsonObject Endpoint::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("kind")] = kind == Kind::Local ? QStringLiteral("local") : QStringLiteral("ssh");
    if (kind == Kind::Ssh) {
        QJsonObject s;
        s[QStringLiteral("host")] = ssh.host;
        s[QStringLiteral("port")] = ssh.port;
        s[QStringLiteral("user")] = ssh.user;
        s[QStringLiteral("auth")] = authName(ssh.auth);
        if (!ssh.keyFile.isEmpty())
            s[QStringLiteral("keyFile")] = ssh.keyFile;
        if (!ssh.knownHostsFile.isEmpty())
            s[QStringLiteral("knownHostsFile")] = ssh.knownHostsFile;
        o[QStringLiteral("ssh")] = s;
    }
    if (!container.isEmpty()) {
        QJsonObject c;
        c[QStringLiteral("engine")] = containerEngine.isEmpty() ? QStringLiteral("docker") : containerEngine;
        c[QStringLiteral("name")] = container;
        if (!containerUser.isEmpty())
            c[QStringLiteral("user")] = containerUser;
        o[QStringLiteral("container")] = c;
    }
    o[QStringLiteral("postgres")] = pg.toJson();
    return o;
}

Endpoint Endpoint::fromJson(const QJsonObject &o, QString *error)
{
    Endpoint e;
    const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("local"));
    if (kind == QLatin1String("ssh")) {
        e.kind = Kind::Ssh;
        const QJsonObject s = o.value(QStringLiteral("ssh")).toObject();
        e.ssh.host = s.value(QStringLiteral("host")).toString();
        e.ssh.port = s.value(QStringLiteral("port")).toInt(22);
        e.ssh.user = s.value(QStringLiteral("user")).toString();
        const QString auth = s.value(QStringLiteral("auth")).toString(QStringLiteral("agent"));
        if (auth == QLatin1String("key"))
            e.ssh.auth = SshConfig::Auth::KeyFile;
        else if (auth == QLatin1String("password"))
            e.ssh.auth = SshConfig::Auth::Password;
        else if (auth != QLatin1String("agent") && error)
            *error = QCoreApplication::translate("Endpoint", "unknown ssh auth \"%1\" (use agent, key or password)").arg(auth);
        e.ssh.keyFile = s.value(QStringLiteral("keyFile")).toString();
        e.ssh.knownHostsFile = s.value(QStringLiteral("knownHostsFile")).toString();
        if (e.ssh.host.isEmpty() && error)
            *error = QCoreApplication::translate("Endpoint", "ssh endpoint without a host");
    } else if (kind != QLatin1String("local") && error) {
        *error = QCoreApplication::translate("Endpoint", "unknown endpoint kind \"%1\" (use local or ssh)").arg(kind);
    }
    const QJsonObject c = o.value(QStringLiteral("container")).toObject();
    if (!c.isEmpty()) {
        e.containerEngine = c.value(QStringLiteral("engine")).toString(QStringLiteral("docker"));
        e.container = c.value(QStringLiteral("name")).toString();
        e.containerUser = c.value(QStringLiteral("user")).toString();
        if (e.containerEngine != QLatin1String("docker") && e.containerEngine != QLatin1String("podman") && error)
            *error = QCoreApplication::translate("Endpoint", "unknown container engine \"%1\" (use docker or podman)")
                         .arg(e.containerEngine);
    }
    e.pg = PgConnection::fromJson(o.value(QStringLiteral("postgres")).toObject());
    return e;
}

} // namespace pgcrossing

#include "Sandbox.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTextStream>

namespace pgcrossing::test {

const Sandbox &Sandbox::instance()
{
    static Sandbox s;
    return s;
}

Sandbox::Sandbox()
{
    m_dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGX_SANDBOX_DIR"),
                                                           QStringLiteral(PGX_SANDBOX_DIR));
    QFile f(m_dir + QStringLiteral("/env"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('=')))
            continue;
        QString key = line.section(QLatin1Char('='), 0, 0);
        if (key.startsWith(QStringLiteral("export ")))
            key = key.mid(7);
        QString val = line.section(QLatin1Char('='), 1);
        // Values are written for eval: 'text' with each inner ' written as '\''.
        if (val.size() >= 2 && val.startsWith(QLatin1Char('\'')) && val.endsWith(QLatin1Char('\'')))
            val = val.mid(1, val.size() - 2).replace(QStringLiteral("'\\''"), QStringLiteral("'"));
        m_values.insert(key.trimmed(), val);
    }
}

QString Sandbox::value(const QString &key) const
{
    const QString v = m_values.value(key);
    if (v.isEmpty())
        qWarning("sandbox value %s missing (is the sandbox up? %s/env)", qPrintable(key), qPrintable(m_dir));
    return v;
}

Endpoint sandboxSshEndpoint(const QString &role, const QString &hostKey, int pgPort)
{
    const Sandbox &s = Sandbox::instance();
    Endpoint e;
    e.role = role;
    e.kind = Endpoint::Kind::Ssh;
    e.ssh.host = s.value(hostKey);
    e.ssh.port = s.intValue(QStringLiteral("PGX_SSH_PORT"));
    e.ssh.user = s.value(QStringLiteral("PGX_SSH_USER"));
    e.ssh.auth = SshConfig::Auth::KeyFile;
    e.ssh.keyFile = s.value(QStringLiteral("PGX_SSH_KEY"));
    e.ssh.knownHostsFile = s.value(QStringLiteral("PGX_SSH_KNOWN_HOSTS"));
    e.containerEngine = QStringLiteral("docker");
    e.container = s.value(QStringLiteral("PGX_CONTAINER"));
    e.pg.host = s.value(QStringLiteral("PGX_PG_HOST"));
    e.pg.port = pgPort;
    e.pg.user = s.value(QStringLiteral("PGX_PG_USER"));
    e.pg.binDir = s.value(QStringLiteral("PGX_PG_BINDIR"));
    return e;
}

EndpointSecrets sandboxPgSecret()
{
    EndpointSecrets sec;
    sec.pgPassword = Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD")).toUtf8();
    return sec;
}

} // namespace pgcrossing::test

#include "ContainerShell.h"

namespace pgcrossing {

ContainerShell::ContainerShell(std::shared_ptr<Shell> host, QString engine, QString container, QString user)
    : m_host(std::move(host)), m_engine(std::move(engine)), m_container(std::move(container)),
      m_user(std::move(user))
{
}

QString ContainerShell::hostLabel() const
{
    return QStringLiteral("%1 › %2 %3").arg(m_host->hostLabel(), m_engine, m_container);
}

QStringList ContainerShell::execPrefix() const
{
    QStringList p{m_engine, QStringLiteral("exec"), QStringLiteral("-i")};
    if (!m_user.isEmpty())
        p << QStringLiteral("-u") << m_user;
    // "--" is not accepted by docker exec before the name; a name starting with "-" is refused instead.
    p << m_container;
    return p;
}

std::unique_ptr<RemoteProcess> ContainerShell::startArgv(const QStringList &argv, QString *error, SshError *sshError)
{
    if (m_container.isEmpty() || m_container.startsWith(QLatin1Char('-'))) {
        if (error)
            *error = Shell::tr("invalid container name \"%1\"").arg(m_container);
        return nullptr;
    }
    return m_host->startArgv(execPrefix() + argv, error, sshError);
}

} // namespace pgcrossing

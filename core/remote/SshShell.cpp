#include "SshShell.h"

#include "ShellQuote.h"
#include "SshProcess.h"
#include "SshSession.h"

#include <QMutexLocker>

namespace pgcrossing {

SshShell::SshShell(SshConfig config) : m_config(std::move(config)) {}

SshShell::~SshShell()
{
    QList<SshSession *> idle;
    {
        QMutexLocker lock(&m_mutex);
        idle.swap(m_idle);
    }
    qDeleteAll(idle);
}

QString SshShell::hostLabel() const
{
    return m_config.label();
}

std::unique_ptr<RemoteProcess> SshShell::startArgv(const QStringList &argv, QString *error, SshError *sshError)
{
    if (argv.isEmpty()) {
        if (error)
            *error = Shell::tr("empty command");
        return nullptr;
    }
    // The remote side runs one command line through the login shell: every word is quoted.
    const QString command = ShellQuote::join(argv);
    QString startError;
    // A pooled session can have died quietly (server restarted, idle timeout): then one fresh try.
    for (int attempt = 0; attempt < 2; ++attempt) {
        SshError err;
        bool fromPool = false;
        SshSession *session = acquire(&err, &fromPool);
        if (!session) {
            if (error)
                *error = err.message;
            if (sshError)
                *sshError = err;
            return nullptr;
        }
        if (auto proc = SshProcess::start(this, session, command, &startError))
            return proc;
        release(session, false);
        if (!fromPool)
            break;
    }
    if (error)
        *error = startError;
    return nullptr;
}

SshError SshShell::testConnection()
{
    SshError err;
    auto session = SshSession::connect(m_config, &err);
    if (!session) {
        setLastError(err);
        return err;
    }
    release(session.release(), true);
    return err;
}

SshError SshShell::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void SshShell::setLastError(const SshError &error)
{
    QMutexLocker lock(&m_mutex);
    m_lastError = error;
}

SshSession *SshShell::acquire(SshError *error, bool *fromPool)
{
    QList<SshSession *> dead;
    SshSession *found = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        while (!m_idle.isEmpty()) {
            SshSession *s = m_idle.takeLast();
            if (s->isConnected() && s->idleMs() < kMaxIdleMs) {
                found = s;
                break;
            }
            dead << s;
        }
    }
    qDeleteAll(dead);
    if (fromPool)
        *fromPool = found != nullptr;
    if (found)
        return found;

    // Connecting takes a while; the pool stays open to other threads meanwhile.
    SshError err;
    auto session = SshSession::connect(m_config, &err);
    if (!session) {
        setLastError(err);
        if (error)
            *error = err;
        return nullptr;
    }
    return session.release();
}

void SshShell::release(SshSession *session, bool reusable)
{
    if (!session)
        return;
    if (reusable && session->isConnected()) {
        QMutexLocker lock(&m_mutex);
        if (m_idle.size() < kMaxIdle) {
            session->markIdle();
            m_idle.append(session);
            return;
        }
    }
    delete session;
}

} // namespace pgcrossing

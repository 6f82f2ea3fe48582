#include "MemorySecretStore.h"

#include <QMutexLocker>

namespace pgcrossing {

SecretStore::Result MemorySecretStore::write(const QString &key, const QByteArray &secret, QString *)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(key, secret);
    return Result::Ok;
}

SecretStore::Result MemorySecretStore::read(const QString &key, QByteArray *secret, QString *)
{
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(key))
        return Result::NotFound;
    *secret = m_secrets.value(key);
    return Result::Ok;
}

SecretStore::Result MemorySecretStore::remove(const QString &key, QString *)
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.remove(key) ? Result::Ok : Result::NotFound;
}

} // namespace pgcrossing

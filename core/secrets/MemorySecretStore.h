#pragma once
#include "SecretStore.h"

#include <QMap>
#include <QMutex>

namespace pgcrossing {

// Secrets held in this process only — for a machine without a keychain, or when the user does not want
// them remembered — and for tests.
class MemorySecretStore : public SecretStore {
public:
    Result write(const QString &key, const QByteArray &secret, QString *error = nullptr) override;
    Result read(const QString &key, QByteArray *secret, QString *error = nullptr) override;
    Result remove(const QString &key, QString *error = nullptr) override;
    bool persistent() const override { return false; }

private:
    QMutex m_mutex;
    QMap<QString, QByteArray> m_secrets;
};

} // namespace pgcrossing

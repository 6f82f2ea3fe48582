#pragma once
#include "SecretStore.h"

namespace pgcrossing {

// The system keychain through QtKeychain (Secret Service on Linux, e.g. gnome-keyring or KWallet),
// under the service name "pgcrossing". QtKeychain's jobs are asynchronous; each call here waits for its
// job in a local event loop, bounded by a timeout, so a keychain that never answers (a locked keyring
// waiting for a prompt nobody sees) is reported instead of hanging the caller.
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("pgcrossing"), int timeoutMs = 10000);

    Result write(const QString &key, const QByteArray &secret, QString *error = nullptr) override;
    Result read(const QString &key, QByteArray *secret, QString *error = nullptr) override;
    Result remove(const QString &key, QString *error = nullptr) override;
    bool persistent() const override { return true; }

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace pgcrossing

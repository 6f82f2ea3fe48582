#pragma once
#include <QByteArray>
#include <QString>

namespace pgcrossing {

// Where passwords and key passphrases live between sessions: the system keychain, or memory only.
// Keys are stable names such as Endpoint::secretKey() + "/pg". Nothing here ever writes a secret to a file,
// a setting or a log.
class SecretStore {
public:
    enum class Result { Ok, NotFound, Unavailable, Failed };

    virtual ~SecretStore() = default;
    virtual Result write(const QString &key, const QByteArray &secret, QString *error = nullptr) = 0;
    virtual Result read(const QString &key, QByteArray *secret, QString *error = nullptr) = 0;
    virtual Result remove(const QString &key, QString *error = nullptr) = 0;
    // False when secrets only live as long as the program (no keychain): the UI says so.
    virtual bool persistent() const = 0;
};

} // namespace pgcrossing

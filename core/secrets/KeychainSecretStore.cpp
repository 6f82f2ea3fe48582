#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <functional>

namespace pgcrossing {

namespace {
// Runs a job to its end (or the timeout) and maps QtKeychain's error to ours. The job is on the heap and
// deletes itself once it finishes: QtKeychain's libsecret callbacks hold a raw pointer to it, so a job that
// timed out must outlive our wait (a prompt answered later would otherwise call into freed memory).
// onSuccess reads the job's result while it is still alive.
SecretStore::Result runJob(QKeychain::Job *job, int timeoutMs, QString *error,
                           const std::function<void(QKeychain::Job *)> &onSuccess = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain

    QEventLoop loop;
    bool done = false;
    QKeychain::Error code = QKeychain::NoError;
    QString message;
    const QMetaObject::Connection connection =
        QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *finished) {
            done = true;
            code = finished->error();
            message = finished->errorString();
            if (code == QKeychain::NoError && onSuccess)
                onSuccess(finished);
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec();
    if (!done) {
        QObject::disconnect(connection); // the job lives on and deletes itself if it ever finishes
        if (error)
            *error = QCoreApplication::translate("KeychainSecretStore",
                                                 "the system keychain did not answer within %1 s (is it locked?)")
                         .arg(timeoutMs / 1000);
        return SecretStore::Result::Unavailable;
    }
    switch (code) {
    case QKeychain::NoError:
        return SecretStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        if (error)
            *error = QCoreApplication::translate("KeychainSecretStore", "no system keychain is available: %1").arg(message);
        return SecretStore::Result::Unavailable;
    default:
        if (error)
            *error = message;
        return SecretStore::Result::Failed;
    }
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

SecretStore::Result KeychainSecretStore::write(const QString &key, const QByteArray &secret, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    return runJob(job, m_timeoutMs, error);
}

SecretStore::Result KeychainSecretStore::read(const QString &key, QByteArray *secret, QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return runJob(job, m_timeoutMs, error, [secret](QKeychain::Job *finished) {
        *secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
    });
}

SecretStore::Result KeychainSecretStore::remove(const QString &key, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return runJob(job, m_timeoutMs, error);
}

} // namespace pgcrossing

// The keychain round trip for real: QtKeychain → Secret Service → gnome-keyring, in a private D-Bus
// session (tests/support/with-keyring.sh). Passwords survive in the keychain, and only there.
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QtTest>

using namespace pgcrossing;

class TstKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughTheRealKeychain()
    {
        KeychainSecretStore store(QStringLiteral("pgcrossing-test"));
        const QString key = QStringLiteral("root@127.0.0.2:2222/postgresql-svc-plus/pg:postgres@:0");
        // Any byte a password may hold, non-ASCII included.
        const QByteArray secret = QStringLiteral("pä$$ w'o\"rd;数据").toUtf8();
        QString error;
        QCOMPARE(store.write(key, secret, &error), SecretStore::Result::Ok);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QByteArray back;
        QCOMPARE(store.read(key, &back, &error), SecretStore::Result::Ok);
        QCOMPARE(back, secret);
        // A second store (as after a restart) finds it too: it lives in the keychain, not in this object.
        KeychainSecretStore again(QStringLiteral("pgcrossing-test"));
        back.clear();
        QCOMPARE(again.read(key, &back, &error), SecretStore::Result::Ok);
        QCOMPARE(back, secret);
        QCOMPARE(store.remove(key, &error), SecretStore::Result::Ok);
        QCOMPARE(store.read(key, &back, &error), SecretStore::Result::NotFound);
        QVERIFY(store.persistent());
    }

    void missingEntryIsNotFound()
    {
        KeychainSecretStore store(QStringLiteral("pgcrossing-test"));
        QByteArray back;
        QCOMPARE(store.read(QStringLiteral("never-written"), &back), SecretStore::Result::NotFound);
        QVERIFY(back.isEmpty());
    }

    void memoryStoreForgetsWithTheProgram()
    {
        MemorySecretStore store;
        QVERIFY(!store.persistent()); // the Hosts page says "not remembered" for this one
        QCOMPARE(store.write(QStringLiteral("k"), "v"), SecretStore::Result::Ok);
        QByteArray back;
        QCOMPARE(store.read(QStringLiteral("k"), &back), SecretStore::Result::Ok);
        QCOMPARE(back, QByteArray("v"));
        QCOMPARE(store.remove(QStringLiteral("k")), SecretStore::Result::Ok);
        QCOMPARE(store.read(QStringLiteral("k"), &back), SecretStore::Result::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"

// ~/.ssh/config aliases as the Hosts page offers them: explicit host blocks only, first value wins.
#include "remote/SshConfigFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;

class TstSshConfigFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aliasesWithTheirSettings()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("config")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# old production\n"
                "Host db-old old\n"
                "    HostName 10.0.0.5\n"
                "    Port 2222\n"
                "    User root\n"
                "    IdentityFile ~/.ssh/id_old\n"
                "    Port 22\n"
                "Host *.internal\n"
                "    User nobody\n"
                "Host db-new\n"
                "  HostName=db-new.example.com\n"
                "Match host x\n"
                "  User ignored\n");
        f.close();
        const QList<SshConfigFile::Alias> a = SshConfigFile::read(f.fileName());
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[0].name, QStringLiteral("db-old"));
        QCOMPARE(a[0].hostName, QStringLiteral("10.0.0.5"));
        QCOMPARE(a[0].port, 2222); // the first Port given wins, as in ssh
        QCOMPARE(a[0].user, QStringLiteral("root"));
        QCOMPARE(a[0].identityFile, QDir::home().filePath(QStringLiteral(".ssh/id_old")));
        QCOMPARE(a[1].name, QStringLiteral("old"));
        QCOMPARE(a[1].hostName, QStringLiteral("10.0.0.5"));
        QCOMPARE(a[2].name, QStringLiteral("db-new"));
        QCOMPARE(a[2].hostName, QStringLiteral("db-new.example.com"));
        QVERIFY(a[2].user.isEmpty());
    }

    void missingFileHasNoAliases()
    {
        QVERIFY(SshConfigFile::read(QStringLiteral("/nonexistent/ssh/config")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSshConfigFile)
#include "tst_sshconfigfile.moc"

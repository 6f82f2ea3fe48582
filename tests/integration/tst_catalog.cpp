// Catalog facts read the way the product reads them: over SSH, inside the host's docker container, via psql.
#include "CliRun.h"
#include "Sandbox.h"
#include "postgres/Catalog.h"
#include "postgres/PgClient.h"
#include "session/ShellFactory.h"

#include <QProcess>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

class TstCatalog : public QObject {
    Q_OBJECT
    std::unique_ptr<PgClient> m_pg;

private Q_SLOTS:
    void initTestCase()
    {
        const Sandbox &s = Sandbox::instance();
        QVERIFY2(s.isUp(), "the sandbox is not up");
        Endpoint e;
        e.kind = Endpoint::Kind::Ssh;
        e.ssh.host = s.value(QStringLiteral("PGX_SRC_SSH_HOST"));
        e.ssh.port = s.intValue(QStringLiteral("PGX_SSH_PORT"));
        e.ssh.user = s.value(QStringLiteral("PGX_SSH_USER"));
        e.ssh.auth = SshConfig::Auth::KeyFile;
        e.ssh.keyFile = s.value(QStringLiteral("PGX_SSH_KEY"));
        e.ssh.knownHostsFile = s.value(QStringLiteral("PGX_SSH_KNOWN_HOSTS"));
        e.container = s.value(QStringLiteral("PGX_CONTAINER"));
        e.containerEngine = QStringLiteral("docker");
        m_pg = std::make_unique<PgClient>(ShellFactory::make(e, {}), e.pg);
    }

    void versionAndSettings()
    {
        QString error;
        const auto s = Catalog(*m_pg).settings({QStringLiteral("server_version_num"), QStringLiteral("wal_level"),
                                                QStringLiteral("max_replication_slots")}, &error);
        QVERIFY(s.value(QStringLiteral("server_version_num")).toInt() >= 150000);
        QVERIFY(error.isEmpty());
        QCOMPARE(s.value(QStringLiteral("wal_level")), QStringLiteral("logical"));
        QVERIFY(s.value(QStringLiteral("max_replication_slots")).toInt() > 0);
    }

    void databasesWithSizes()
    {
        QString error;
        const auto dbs = Catalog(*m_pg).databases(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList names;
        for (const auto &d : dbs) {
            names << d.name;
            if (!d.isTemplate)
                QVERIFY2(d.bytes > 0, qPrintable(d.name));
        }
        for (const QString &n : {QStringLiteral("account"), QStringLiteral("knowledge_db"), QStringLiteral("ai_learning_companion"),
                                 Sandbox::instance().value(QStringLiteral("PGX_HOSTILE_DB")), QStringLiteral("template1")})
            QVERIFY2(names.contains(n), qPrintable(names.join(QLatin1Char('|'))));
    }

    void tablesLargestFirst()
    {
        QString error;
        const auto tables = Catalog(*m_pg).tables(QStringLiteral("ai_learning_companion"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(tables.size() >= 6);
        QCOMPARE(tables.first().name, QStringLiteral("session")); // where the bytes are, as in seed 004
        QVERIFY(tables.first().totalBytes > tables.last().totalBytes);
        QVERIFY(tables.first().hasPrimaryKey);
    }

    void extensionsInstalledAndAvailable()
    {
        QString error;
        const auto exts = Catalog(*m_pg).extensions(QStringLiteral("knowledge_db"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        bool hstore = false, availableOnly = false;
        for (const auto &e : exts) {
            hstore = hstore || (e.name == QLatin1String("hstore") && !e.installedVersion.isEmpty());
            availableOnly = availableOnly || (e.installedVersion.isEmpty() && !e.defaultVersion.isEmpty());
        }
        QVERIFY(hstore);
        QVERIFY(availableOnly);
    }

    void otherSessionsAreSeen()
    {
        const Sandbox &s = Sandbox::instance();
        QProcess other;
        other.start(s.value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/psql"),
                    {QStringLiteral("-X"), QStringLiteral("-h"), s.value(QStringLiteral("PGX_SRC_SOCKET")), QStringLiteral("-p"),
                     s.value(QStringLiteral("PGX_SRC_PGPORT")), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                     QStringLiteral("account"), QStringLiteral("-c"), QStringLiteral("SELECT pg_sleep(30)")});
        QVERIFY(other.waitForStarted());
        bool seen = false;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     QString error;
                                     for (const auto &a : Catalog(*m_pg).sessions(&error))
                                         seen = seen || (a.database == QLatin1String("account") && a.state == QLatin1String("active"));
                                     return seen;
                                 }()),
                                 10000);
        other.kill();
        other.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TstCatalog)
#include "tst_catalog.moc"

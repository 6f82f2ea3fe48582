// Stop-write and backup through the real CLI over SSH: an open transaction on the source blocks a
// stop-write migration (nothing changes); "hold writes" makes the source read-only, is recorded with
// its undo, and `revert` puts it back; backup-only writes dumps whose sha256 the record proves.
#include "CliRun.h"
#include "Sandbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

class TstCliStopWrite : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString readOnlySetting()
    {
        // A new session sees the database default.
        return sandboxSql(QStringLiteral("src"), QStringLiteral("account"), QStringLiteral("SHOW default_transaction_read_only"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        QCOMPARE(readOnlySetting(), QStringLiteral("off"));
    }

    void openTransactionBlocksStopWrite()
    {
        const Sandbox &s = Sandbox::instance();
        QProcess writer; // a session inside a transaction, as a busy application would be
        writer.start(s.value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/psql"),
                     {QStringLiteral("-X"), QStringLiteral("-h"), s.value(QStringLiteral("PGX_SRC_SOCKET")), QStringLiteral("-p"),
                      s.value(QStringLiteral("PGX_SRC_PGPORT")), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                      QStringLiteral("account")});
        writer.write("BEGIN; SELECT count(*) FROM users;\n");
        QTRY_VERIFY_WITH_TIMEOUT(sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                                            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'account' "
                                                           "AND state = 'idle in transaction'")) == QLatin1String("1"),
                                 10000);
        const CliRun r = CliRun::run(QStringList{QStringLiteral("migrate"), QStringLiteral("--mode"), QStringLiteral("stop-write"),
                                                 QStringLiteral("--db"), QStringLiteral("account")} + sandboxSshArgs(),
                                     cliEnv(), m_dir.filePath(QStringLiteral("blocked")));
        writer.write("ROLLBACK;\n\\q\n");
        writer.closeWriteChannel();
        writer.waitForFinished(10000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("idle in transaction")) && r.all().contains(QStringLiteral("--hold-writes")),
                 qPrintable(r.all()));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'account'")),
                 QStringLiteral("0"));
    }

    void holdWritesThenRevert()
    {
        const QString sessions = m_dir.filePath(QStringLiteral("hold"));
        const CliRun r = CliRun::run(QStringList{QStringLiteral("migrate"), QStringLiteral("--mode"), QStringLiteral("stop-write"),
                                                 QStringLiteral("--hold-writes"), QStringLiteral("--db"), QStringLiteral("account")} +
                                         sandboxSshArgs(),
                                     cliEnv(), sessions);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all().right(3000)));
        // The source stays read-only after the migration: the applications now belong on the target.
        QCOMPARE(readOnlySetting(), QStringLiteral("on"));
        const QJsonArray changes = r.record.value(QStringLiteral("sourceChanges")).toArray();
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes[0].toObject().value(QStringLiteral("revertSql")).toString().contains(QStringLiteral("RESET default_transaction_read_only")));
        QVERIFY(!changes[0].toObject().value(QStringLiteral("reverted")).toBool());
        QFile md(QFileInfo(r.recordPath).dir().filePath(QStringLiteral("report.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("pgcrossing-cli revert"));

        const CliRun back = CliRun::run({QStringLiteral("revert"), QStringLiteral("--session"), r.recordPath, QStringLiteral("--known-hosts"),
                                         Sandbox::instance().value(QStringLiteral("PGX_SSH_KNOWN_HOSTS"))},
                                        cliEnv(), QString());
        QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
        QCOMPARE(readOnlySetting(), QStringLiteral("off"));
        CliRun after;
        after.sessionDir = sessions;
        after.loadRecord();
        QVERIFY(after.record.value(QStringLiteral("sourceChanges")).toArray()[0].toObject().value(QStringLiteral("reverted")).toBool());
    }

    void cleanupTestCase()
    {
        // Whatever happened above, the sandbox's source must not stay read-only for the next test.
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("ALTER DATABASE account RESET default_transaction_read_only"));
    }

    void backupWritesProvenFiles()
    {
        const QString dir = m_dir.filePath(QStringLiteral("backup-files"));
        const CliRun r = CliRun::run(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), QStringLiteral("knowledge_db"),
                                                 QStringLiteral("--backup-dir"), dir} + sandboxSshArgs(),
                                     cliEnv(), m_dir.filePath(QStringLiteral("backup")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all().right(3000)));
        const QJsonArray artifacts = r.record.value(QStringLiteral("artifacts")).toArray();
        QCOMPARE(artifacts.size(), 2); // globals + knowledge_db
        QString dump;
        for (const auto &a : artifacts) {
            const QJsonObject o = a.toObject();
            // Timestamped, so a second backup into the same folder never replaces this one.
            QVERIFY2(QFileInfo(o.value(QStringLiteral("path")).toString()).fileName().contains(QRegularExpression(QStringLiteral("_\\d{8}-\\d{6}\\."))),
                     qPrintable(o.value(QStringLiteral("path")).toString()));
            if (o.value(QStringLiteral("database")).toString() == QLatin1String("knowledge_db"))
                dump = o.value(QStringLiteral("path")).toString();
            QFile f(o.value(QStringLiteral("path")).toString());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray data = f.readAll();
            QCOMPARE(qint64(data.size()), qint64(o.value(QStringLiteral("bytes")).toDouble()));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                     o.value(QStringLiteral("sha256")).toString());
        }
        // The dump is a real custom-format archive with the generated column's table in it.
        QProcess list;
        list.start(Sandbox::instance().value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/pg_restore"),
                   {QStringLiteral("--list"), dump});
        QVERIFY(list.waitForFinished(30000));
        QCOMPARE(list.exitCode(), 0);
        QVERIFY(list.readAllStandardOutput().contains("TABLE DATA public documents"));
        // Backup touched neither server.
        QCOMPARE(sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'knowledge_db'")),
                 QStringLiteral("0"));
    }

    void backupKeptOnTheSourceHost()
    {
        const QString dumps = m_dir.filePath(QStringLiteral("on-source"));
        const CliRun r = CliRun::run(QStringList{QStringLiteral("backup"), QStringLiteral("--backup-on-source"), QStringLiteral("--dump-dir"),
                                                 dumps, QStringLiteral("--db"), QStringLiteral("account")} + sandboxSshArgs(),
                                     cliEnv(), m_dir.filePath(QStringLiteral("backup-src")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all().right(3000)));
        const QJsonArray artifacts = r.record.value(QStringLiteral("artifacts")).toArray();
        QCOMPARE(artifacts.size(), 2); // globals.sql and account.dump
        for (const auto &a : artifacts) {
            const QJsonObject o = a.toObject();
            QVERIFY(o.value(QStringLiteral("host")).toString().startsWith(
                QStringLiteral("%1@%2").arg(Sandbox::instance().value(QStringLiteral("PGX_SSH_USER")),
                                            Sandbox::instance().value(QStringLiteral("PGX_SRC_SSH_HOST")))));
            QFile f(o.value(QStringLiteral("path")).toString());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                     o.value(QStringLiteral("sha256")).toString());
        }
    }
};

QTEST_GUILESS_MAIN(TstCliStopWrite)
#include "tst_cli_stopwrite.moc"

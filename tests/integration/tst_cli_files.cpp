// File transfer over SSH into the hosts' docker containers: pg_dump into a file on the source host, copied to the
// target host with its sha256 checked, restored from there, verified equal; both files stay as rollback
// artifacts with the same checksum, and the password reaches the container without any argv.
#include "CliRun.h"
#include "Sandbox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

class TstCliFiles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
    }

    void migrateThroughDumpFiles()
    {
        const QString password = Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD"));
        const QString dumps = m_dir.filePath(QStringLiteral("dumps"));
        QProcess p;
        p.setProcessEnvironment(cliEnv({{QStringLiteral("PGCROSSING_SOURCE_PGPASSWORD"), password}}));
        p.start(QStringLiteral(PGX_CLI_PATH),
                QStringList{QStringLiteral("migrate"), QStringLiteral("--transfer"), QStringLiteral("files"), QStringLiteral("--dump-dir"), dumps,
                            QStringLiteral("--db"), QStringLiteral("knowledge_db"), QStringLiteral("--db"),
                            Sandbox::instance().value(QStringLiteral("PGX_HOSTILE_DB")),
                            // The source over TCP with its password, so the password path into the container is used.
                            QStringLiteral("--source-pg-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--source-pg-port"),
                            Sandbox::instance().value(QStringLiteral("PGX_SRC_PGPORT")), QStringLiteral("--session-dir"),
                            m_dir.filePath(QStringLiteral("s"))} +
                    sandboxSshArgs());
        bool leaked = false;
        while (!p.waitForFinished(50))
            leaked = leaked || processArgvContains(password.toUtf8());
        const QString all = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(all.right(4000)));
        QVERIFY(!leaked);

        CliRun r;
        r.sessionDir = m_dir.filePath(QStringLiteral("s"));
        r.loadRecord();
        QCOMPARE(r.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("equal"));
        // Two artifacts per database — on the source host and on the target host — with one checksum.
        const QJsonArray artifacts = r.record.value(QStringLiteral("artifacts")).toArray();
        QCOMPARE(artifacts.size(), 4);
        QMap<QString, QStringList> sums;
        for (const auto &a : artifacts) {
            const QJsonObject o = a.toObject();
            QFile f(o.value(QStringLiteral("path")).toString());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QVERIFY(f.fileName().startsWith(dumps));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                     o.value(QStringLiteral("sha256")).toString());
            QVERIFY((f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0); // dumps are private
            sums[o.value(QStringLiteral("database")).toString()] << o.value(QStringLiteral("sha256")).toString();
        }
        for (const QStringList &s : sums) {
            QCOMPARE(s.size(), 2);
            QCOMPARE(s[0], s[1]);
        }
        // The generated column over the custom text-search config came across with identical values.
        QCOMPARE(sandboxSql(QStringLiteral("dst"), QStringLiteral("knowledge_db"),
                            QStringLiteral("SELECT md5(string_agg(content_tsv::text, '' ORDER BY id)) FROM documents")),
                 sandboxSql(QStringLiteral("src"), QStringLiteral("knowledge_db"),
                            QStringLiteral("SELECT md5(string_agg(content_tsv::text, '' ORDER BY id)) FROM documents")));
    }
};

QTEST_GUILESS_MAIN(TstCliFiles)
#include "tst_cli_files.moc"

// The disk space check for real: the dump folder is pointed at a 256 KiB tmpfs mounted for this test, so
// `check --transfer files` fails with the blocker code and a FAIL row naming the folder, what is free and
// what is needed — locally (source and target copies share the tmpfs: one row) and over SSH through the
// docker containers (one row per host); a backup folder on it fails its row too. The target's data
// directory fails for real on a scratch cluster whose data lives on a small tmpfs. A healthy pair passes,
// the target's data directory included.
#include "CliRun.h"
#include "Sandbox.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
bool run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return ok;
}
} // namespace

class TstPreflightDisk : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_tiny;
    bool m_mounted = false;

    void unmount()
    {
        if (m_mounted && run(QStringLiteral("umount"), {m_tiny}))
            m_mounted = false;
    }

    // A folder on the tiny disk that does not exist yet, with a name a shell would love to misread.
    QString tinyDumpDir() const { return m_tiny + QStringLiteral("/dumps d'été; $HOME"); }

public:
    ~TstPreflightDisk() override { unmount(); } // even when a slot failed half-way

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        m_tiny = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(m_tiny));
        QString out;
        QVERIFY2(run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=256k"), QStringLiteral("tmpfs"), m_tiny}, &out),
                 qPrintable(QStringLiteral("mount -t tmpfs (needs root): ") + out));
        m_mounted = true;
    }

    void healthyPairPasses()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
                                         << QStringLiteral("--transfer") << QStringLiteral("files") << QStringLiteral("--dump-dir")
                                         << m_dir.filePath(QStringLiteral("roomy")),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("ok")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  Room for the dump files on the source host")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("needed")));
        QVERIFY(!r.out.contains(QStringLiteral("FAIL")));
    }

    void healthyPairPassesOverSsh()
    {
        // Three places on three "hosts": the source host, the target host, and the target's container.
        const CliRun r = CliRun::run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("account"),
                                                 QStringLiteral("--transfer"), QStringLiteral("files")} + sandboxSshArgs(),
                                     cliEnv(), m_dir.filePath(QStringLiteral("ssh-ok")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  Room for the dump files on the source host")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("PASS  Room for the copied dump files on the target host")));
        QVERIFY(r.out.contains(QStringLiteral("PASS  Room for the databases in the target's data directory")));
        QVERIFY2(r.out.contains(Sandbox::instance().value(QStringLiteral("PGX_DST_PGDATA"))), qPrintable(r.out));
    }

    void tinyDumpFolderBlocks()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
                                         << QStringLiteral("--transfer") << QStringLiteral("files") << QStringLiteral("--dump-dir")
                                         << tinyDumpDir(),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("tiny-local")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString row = r.out.section(QStringLiteral("FAIL  Room for the dump files on the source host"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(!row.isEmpty(), qPrintable(r.out));
        QVERIFY2(row.contains(tinyDumpDir()) && row.contains(QStringLiteral("measured at %1").arg(m_tiny)), qPrintable(row));
        QVERIFY2(row.contains(QRegularExpression(QStringLiteral("short by [0-9.]+ [KM]iB: 2[0-9.]* KiB free in .* on local \\(tmpfs on "))),
                 qPrintable(row));
        QVERIFY2(row.contains(QRegularExpression(QStringLiteral("[0-9.]+ MiB needed"))), qPrintable(row));
        // Both copies land on the one tmpfs of this one machine: counted together.
        QVERIFY2(row.contains(QStringLiteral("Room for the copied dump files on the target host")), qPrintable(row));
        QVERIFY(r.out.contains(QStringLiteral("--dump-dir DIR")));
        // The data directory is elsewhere and has room.
        QVERIFY(r.out.contains(QStringLiteral("PASS  Room for the databases in the target's data directory")));
        QVERIFY2(QDir(m_tiny).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty(), "measuring created something");
        QCOMPARE(r.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    }

    void tinyDumpFolderBlocksOverSsh()
    {
        const CliRun r = CliRun::run(QStringList{QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("account"),
                                                 QStringLiteral("--transfer"), QStringLiteral("files"), QStringLiteral("--dump-dir"),
                                                 tinyDumpDir()} + sandboxSshArgs(),
                                     cliEnv(), m_dir.filePath(QStringLiteral("tiny-ssh")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const Sandbox &s = Sandbox::instance();
        for (const QString &title : {QStringLiteral("Room for the dump files on the source host"),
                                     QStringLiteral("Room for the copied dump files on the target host")}) {
            const QString row = r.out.section(QStringLiteral("FAIL  ") + title, 1).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(row.contains(tinyDumpDir()) && row.contains(QStringLiteral("tmpfs on ")) && row.contains(QStringLiteral("needed")),
                     qPrintable(r.out));
            const QString host = title.contains(QStringLiteral("source")) ? s.value(QStringLiteral("PGX_SRC_SSH_HOST"))
                                                                          : s.value(QStringLiteral("PGX_DST_SSH_HOST"));
            QVERIFY2(row.contains(QStringLiteral("@%1:").arg(host)), qPrintable(row));
        }
    }

    // A backup to this machine, into a folder on the tiny disk.
    void tinyBackupFolderBlocks()
    {
        const QString folder = m_tiny + QStringLiteral("/backups");
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
                                         << QStringLiteral("--mode") << QStringLiteral("backup") << QStringLiteral("--backup-dir") << folder,
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("tiny-backup")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString row = r.out.section(QStringLiteral("FAIL  Room for the backup files on this machine"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(row.contains(folder) && row.contains(QStringLiteral("tmpfs on ")) && row.contains(QStringLiteral("needed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--backup-dir")));
    }

    // The target's data directory on a small disk for real: a scratch target cluster on a tmpfs with a few
    // MiB left (the sandbox's own clusters sit on the root disk).
    void smallTargetDiskBlocks()
    {
        const int port = startScratchCluster(QStringLiteral("small"), 34, {QStringLiteral("max_wal_size=8MB"), QStringLiteral("min_wal_size=2MB")});
        QVERIFY(port > 0);
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("ai_learning_companion"))
                                         << QStringLiteral("--target-pg-port") << QString::number(port),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("small-target")));
        stopScratchCluster(QStringLiteral("small"));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString row = r.out.section(QStringLiteral("FAIL  Room for the databases in the target's data directory"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(row.contains(QStringLiteral("scratch-small/data")) && row.contains(QStringLiteral("tmpfs on ")) &&
                     row.contains(QRegularExpression(QStringLiteral("short by [0-9.]+ MiB: [0-9.]+ MiB free"))),
                 qPrintable(r.out));
    }

    void cleanupTestCase()
    {
        unmount();
        QVERIFY2(!m_mounted, qPrintable(QStringLiteral("could not unmount ") + m_tiny));
    }
};

QTEST_GUILESS_MAIN(TstPreflightDisk)
#include "tst_preflight_disk.moc"

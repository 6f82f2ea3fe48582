// Issue 12 §3, "the target's disk fills during the restore", for copy and stop-write; and for backup, which
// restores nothing, its own disk: the backup folder on this machine fills during the dump. The target is a scratch cluster whose data directory is a small tmpfs, on a third SSH host of its
// own (the server runs natively there: tools from its bindir, over TCP with a password). The preflight's disk
// row passes honestly — the disk has 1.5 × the database free — and then, while pg_restore streams, another
// writer on the same disk (a ballast file, as logs or another database would) leaves it a quarter of the
// database: the restore runs out of space for real. The CLI must give pg_restore's error verbatim, say how
// much space is free and how much the copy needs, mark the target INCOMPLETE, put the source back; after the
// volume is grown (mount -o remount,size=…), --resume completes and verifies every table equal.
// WAL is grown beforehand (min_wal_size) so that the restore's WAL reuses recycled segments: the data files
// run out of room (an ERROR the restore reports), not the WAL (a PANIC of the whole server, another fault).
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"
#include "SourceSnapshot.h"
#include "remote/DiskFree.h"
#include "remote/LocalShell.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const QString kDb = QStringLiteral("pgx_fault_disk");
const QString kHost = QStringLiteral("disk");
const QString kAddress = QStringLiteral("127.0.0.6");
const QString kCluster = QStringLiteral("scratch-disk");
constexpr qint64 kMiB = 1024 * 1024;

const Sandbox &sb() { return Sandbox::instance(); }
QString diskDir() { return sb().dir() + QLatin1Char('/') + kCluster; }

qint64 freeBytes(const QString &dir = diskDir())
{
    LocalShell here;
    return DiskFree::measure(here, dir).freeBytes;
}

bool run(const QString &program, const QStringList &args, QString *err)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *err = QString::fromUtf8(p.readAll());
    return ok;
}

bool mountTmpfs(const QString &dir, qint64 bytes, QString *err)
{
    return run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                         QStringLiteral("size=%1k").arg(bytes / 1024), QStringLiteral("tmpfs"), dir},
               err);
}

// Grows or shrinks the tmpfs at dir to size bytes, in place (what a DBA does to make space).
bool remount(const QString &dir, qint64 size, QString *err)
{
    return run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,size=%1k").arg(size / 1024), dir}, err);
}

// The tmpfs at dir resized to hold what it holds now plus room bytes.
bool resize(qint64 room, QString *err, const QString &dir = diskDir())
{
    QString df;
    if (!run(QStringLiteral("df"), {QStringLiteral("-Pk"), dir}, &df))
        return false;
    const qint64 usedKiB = df.split(QLatin1Char('\n')).value(1).simplified().section(QLatin1Char(' '), 2, 2).toLongLong();
    return usedKiB > 0 && remount(dir, usedKiB * 1024 + room, err);
}

// Another writer on the disk at dir: a ballast file that leaves only about leave bytes free.
void fill(const QString &dir, qint64 leave)
{
    QFile ballast(dir + QStringLiteral("/ballast"));
    if (!ballast.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    const QByteArray mib(int(kMiB), 'b');
    while (freeBytes(dir) > leave + kMiB && ballast.write(mib) == mib.size())
        ballast.flush();
}
} // namespace

class TstFaultDisk : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_port = 0;
    qint64 m_sourceBytes = 0;
    QString m_backupMount;

    QStringList plan(const QStringList &mode) const
    {
        const QString port = sb().value(QStringLiteral("PGX_SSH_PORT"));
        const QString user = sb().value(QStringLiteral("PGX_SSH_USER"));
        return mode + QStringList{QStringLiteral("--source"), QStringLiteral("ssh://%1@%2:%3").arg(user, sb().value(QStringLiteral("PGX_SRC_SSH_HOST")), port),
                                  QStringLiteral("--source-key"), sb().value(QStringLiteral("PGX_SSH_KEY")),
                                  QStringLiteral("--source-container"), sb().value(QStringLiteral("PGX_CONTAINER")),
                                  QStringLiteral("--target"), QStringLiteral("ssh://%1@%2:%3").arg(user, kAddress, port),
                                  QStringLiteral("--target-key"), sb().value(QStringLiteral("PGX_SSH_KEY")),
                                  QStringLiteral("--target-bindir"), sb().value(QStringLiteral("PGX_PG_BINDIR")),
                                  QStringLiteral("--target-pg-host"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("--target-pg-port"), QString::number(m_port)}
               + knownHosts() + QStringList{QStringLiteral("--db"), kDb, QStringLiteral("--no-roles")};
    }
    static QStringList knownHosts()
    {
        return {QStringLiteral("--known-hosts"), sb().dir() + QStringLiteral("/hosts/") + kHost + QStringLiteral("/known_hosts")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sb().isUp(), "the sandbox is not up");
        QVERIFY(createSourceDatabase(kDb, QStringLiteral(
            "CREATE TABLE readings (id bigserial PRIMARY KEY, sensor text NOT NULL, value double precision NOT NULL);\n"
            "INSERT INTO readings (sensor, value) SELECT md5(i::text) || md5((i * 5)::text), i / 7.0 FROM generate_series(1, 150000) i;\n"
            "CREATE INDEX readings_sensor_idx ON readings (sensor);\n"
            "CREATE TABLE sites (id int PRIMARY KEY, name text); INSERT INTO sites VALUES (1, 'north'), (2, 'south');")));
        m_sourceBytes = sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("SELECT pg_database_size('%1')").arg(kDb)).toLongLong();
        QVERIFY(m_sourceBytes > 10 * kMiB);

        m_port = startScratchCluster(QStringLiteral("disk"), 200, {QStringLiteral("min_wal_size=64MB"), QStringLiteral("max_wal_size=64MB")});
        QVERIFY(m_port > 0);
        // WAL grown now and recycled: the restore's WAL needs no new room.
        bool ok = false;
        sandboxSql(kCluster, QStringLiteral("postgres"), QStringLiteral(
            "CREATE TABLE w AS SELECT repeat('x', 1000) AS s FROM generate_series(1, 60000); DROP TABLE w; CHECKPOINT;"), &ok);
        QVERIFY(ok);
        sandboxSql(kCluster, QStringLiteral("postgres"), QStringLiteral("SELECT pg_switch_wal(); CHECKPOINT;"), &ok);
        QVERIFY(ok);
        QString err;
        QVERIFY2(runSandbox({QStringLiteral("host"), QStringLiteral("up"), kHost, kAddress, kCluster}, &err), qPrintable(err));
    }

    void diskFillsDuringRestore_data()
    {
        QTest::addColumn<QStringList>("mode");
        QTest::newRow("copy") << QStringList{QStringLiteral("migrate")};
        QTest::newRow("stop-write") << QStringList{QStringLiteral("migrate"), QStringLiteral("--mode"), QStringLiteral("stop-write"),
                                                   QStringLiteral("--hold-writes")};
    }

    void diskFillsDuringRestore()
    {
        QFETCH(QStringList, mode);
        bool ok = false;
        sandboxSql(kCluster, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kDb), &ok);
        QVERIFY(ok);
        QFile::remove(diskDir() + QStringLiteral("/ballast"));
        QString err;
        // Room for the preflight's 1.2 × the database, and more.
        QVERIFY2(resize(m_sourceBytes * 3 / 2, &err), qPrintable(err));
        const SourceSnapshot before = SourceSnapshot::take({kDb});
        QVERIFY2(before.ok(), qPrintable(before.error()));

        const QString sessions = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        double detected = -1;
        qint64 leftFree = -1;
        const CliRun r = FaultChecks::runWithFault(
            plan(mode), sessions, "# restore " + kDb.toUtf8(), [] { return FaultChecks::sandboxProcessCount(QStringLiteral("pg_restore")) > 0; },
            [&](QProcess &) {
                fill(diskDir(), m_sourceBytes / 4); // a quarter of the database is all that stays free
                leftFree = freeBytes();
            },
            &detected);
        QVERIFY2(leftFree >= 0, qPrintable(FaultChecks::said(r)));
        QVERIFY2(r.exitCode == 3, qPrintable(FaultChecks::said(r)));
        QCOMPARE(r.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        const QString message = FaultChecks::step(r.record, QStringLiteral("Copy database")).value(QStringLiteral("message")).toString();
        // pg_restore's error verbatim, the space free and needed, what to do, the target's state.
        QVERIFY2(message.contains(QStringLiteral("No space left on device")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("short of space")) && message.contains(QStringLiteral("needs about")) &&
                     message.contains(diskDir()) && message.contains(QStringLiteral("grow the volume, then resume the session")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("INCOMPLETE")), qPrintable(message));
        QCOMPARE(FaultChecks::targetState(r.record, kDb), QStringLiteral("INCOMPLETE"));
        QVERIFY(sandboxSql(kCluster, QStringLiteral("postgres"),
                           QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '%1'").arg(kDb))
                    .contains(QStringLiteral("INCOMPLETE")));
        QCOMPARE(SourceSnapshot::take({kDb}).differences(before), QString());
        const QStringList hosts{QStringLiteral("src"), QStringLiteral("dst"), kHost};
        QCOMPARE(FaultChecks::waitNothingRunning(30000, hosts), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(r), QStringList());

        // Space made: the volume grown by twice the database (the ballast stays), then resume.
        QVERIFY2(resize(freeBytes() + 2 * m_sourceBytes, &err), qPrintable(err));
        const CliRun resumed = FaultChecks::resume(QStringLiteral("migrate"), r.recordPath, sessions, knownHosts());
        QVERIFY2(resumed.exitCode == 0, qPrintable(FaultChecks::said(resumed)));
        int tables = 0;
        QCOMPARE(FaultChecks::verdict(resumed.record, &tables), QStringLiteral("equal"));
        QCOMPARE(tables, 2);
        QCOMPARE(FaultChecks::targetState(resumed.record, kDb), QStringLiteral("complete"));
        QString result = QStringLiteral("exit %1, %2, %3 tables equal").arg(resumed.exitCode).arg(resumed.record.value(QStringLiteral("outcome")).toString()).arg(tables);
        if (mode.contains(QStringLiteral("--hold-writes"))) {
            const CliRun back = FaultChecks::revert(r.recordPath);
            QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
            result += QStringLiteral(", revert exit 0");
        }
        QCOMPARE(SourceSnapshot::take({kDb}).differences(before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000, hosts), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(sessions, r.all() + resumed.all()), QStringList());
        FaultChecks::print(QStringLiteral("target disk fills during the restore (%1)").arg(QString::fromLatin1(QTest::currentDataTag())),
                           QStringLiteral("exit %1, \"%2\"").arg(r.exitCode).arg(message), detected, result);
    }

    // Backup restores nothing, but writes its dump to this machine: the backup folder's disk fills the same way.
    void backupDiskFills()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("backup-disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        QString err;
        QVERIFY2(mountTmpfs(mountPoint, m_sourceBytes * 5 / 2, &err), qPrintable(err));
        m_backupMount = mountPoint;
        const QString folder = mountPoint + QStringLiteral("/backups");
        const SourceSnapshot before = SourceSnapshot::take({kDb});
        QVERIFY2(before.ok(), qPrintable(before.error()));
        const QString sessions = m_dir.filePath(QStringLiteral("backup"));
        double detected = -1;
        const CliRun r = FaultChecks::runWithFault(
            QStringList{QStringLiteral("backup"), QStringLiteral("--db"), kDb, QStringLiteral("--backup-dir"), folder} + sandboxSshArgs(), sessions,
            // Filled once the checklist passed, as the run starts: the globals fit, the database's dump does not.
            "\xe2\x96\xb6 Back up roles", {}, [&](QProcess &) { fill(mountPoint, 2 * kMiB); }, &detected);
        QVERIFY2(r.exitCode == 3, qPrintable(FaultChecks::said(r)));
        QVERIFY2(!r.all().contains(QStringLiteral("QCommandLineParser")), qPrintable(FaultChecks::said(r)));
        const QString message = FaultChecks::step(r.record, QStringLiteral("Back up database")).value(QStringLiteral("message")).toString();
        // The write that failed, the space free and needed, what to do. (The write's own error text comes from
        // StreamTransfer's QFile: "Unknown error" for a short write, not ENOSPC's words; the measure says it.)
        QVERIFY2(message.contains(QStringLiteral("cannot write ") + folder) && message.contains(QStringLiteral("short of space")) &&
                     message.contains(QStringLiteral("needs about")) && message.contains(QStringLiteral("--backup-dir")),
                 qPrintable(message));
        // Only the globals file, recorded; no half a dump.
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
        QCOMPARE(r.record.value(QStringLiteral("artifacts")).toArray().size(), 1);
        QCOMPARE(SourceSnapshot::take({kDb}).differences(before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(r), QStringList());

        QVERIFY2(resize(2 * m_sourceBytes, &err, mountPoint), qPrintable(err)); // space made: the volume grown
        const CliRun resumed = FaultChecks::resume(QStringLiteral("backup"), r.recordPath, sessions);
        QVERIFY2(resumed.exitCode == 0, qPrintable(FaultChecks::said(resumed)));
        QCOMPARE(resumed.record.value(QStringLiteral("artifacts")).toArray().size(), 2);
        QCOMPARE(SourceSnapshot::take({kDb}).differences(before), QString());
        QCOMPARE(FaultChecks::leakedSecrets(sessions, resumed.all()), QStringList());
        FaultChecks::print(QStringLiteral("backup folder's disk fills during the dump (backup)"),
                           QStringLiteral("exit %1, \"%2\"").arg(r.exitCode).arg(message), detected,
                           QStringLiteral("exit %1, %2, 2 files with their sha256").arg(resumed.exitCode).arg(resumed.record.value(QStringLiteral("outcome")).toString()));
    }

    void cleanupTestCase()
    {
        if (!m_backupMount.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {m_backupMount});
        QString err;
        runSandbox({QStringLiteral("host"), QStringLiteral("down"), kHost}, &err);
        stopScratchCluster(QStringLiteral("disk"));
        dropSandboxDatabase(QStringLiteral("src"), kDb);
    }
};

QTEST_GUILESS_MAIN(TstFaultDisk)
#include "tst_fault_disk.moc"

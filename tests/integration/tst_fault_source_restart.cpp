// Issue 12 §3, "the source server restarts during the dump", for backup, copy and stop-write (writes held).
// The source cluster runs as PID 1 of the source host's container, so a restart is the container's: a fast
// shutdown (SIGINT to the postmaster, as `pg_ctl restart -m fast` sends it) while pg_dump streams, then
// `docker start` once the CLI has ended. The CLI must fail clearly, naming the source and pg_dump, leave nothing running, put the
// source back once it is up again (revert), and `--resume` must complete (every table equal for the copies).
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"
#include "SourceSnapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const QString kDb = QStringLiteral("pgx_fault_restart");

bool sourceAccepts()
{
    const Sandbox &s = Sandbox::instance();
    QProcess p;
    p.start(s.value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/pg_isready"),
            {QStringLiteral("-q"), QStringLiteral("-h"), s.value(QStringLiteral("PGX_SRC_SOCKET")), QStringLiteral("-p"),
             s.value(QStringLiteral("PGX_SRC_PGPORT")), QStringLiteral("-t"), QStringLiteral("1")});
    return p.waitForFinished(5000) && p.exitCode() == 0;
}

// The source server's fast shutdown inside its container (SIGINT to the postmaster, its PID 1): returns once the
// container has stopped.
bool stopSource(QString *error)
{
    const QString c = Sandbox::instance().value(QStringLiteral("PGX_CONTAINER"));
    if (!sandboxDocker(QStringLiteral("src"), {QStringLiteral("kill"), QStringLiteral("--signal"), QStringLiteral("INT"), c}, error))
        return false;
    return QTest::qWaitFor([&] {
        QString state;
        return !sandboxDocker(QStringLiteral("src"), {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), c},
                              &state) ||
               state.trimmed() != QLatin1String("running");
    }, 30000);
}

// The server started again (docker start: the same postmaster command); true once it accepts connections.
bool startSource(QString *error)
{
    if (!sandboxDocker(QStringLiteral("src"), {QStringLiteral("start"), Sandbox::instance().value(QStringLiteral("PGX_CONTAINER"))}, error))
        return false;
    return QTest::qWaitFor(sourceAccepts, 60000);
}
} // namespace

class TstFaultSourceRestart : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        // Enough rows, barely compressible, that the dump streams for a few seconds.
        QVERIFY(createSourceDatabase(kDb, QStringLiteral(
            "CREATE TABLE events (id bigserial PRIMARY KEY, payload text NOT NULL);\n"
            "INSERT INTO events (payload) SELECT md5(i::text) || md5((i * 7)::text) || md5((i * 13)::text) "
            "FROM generate_series(1, 250000) i;\n"
            "CREATE TABLE notes (id int PRIMARY KEY, note text); INSERT INTO notes VALUES (1, 'kept');")));
    }

    void restartDuringDump_data()
    {
        QTest::addColumn<QStringList>("mode");
        QTest::addColumn<QString>("marker");
        QTest::newRow("backup") << QStringList{QStringLiteral("backup")}
                                << QStringLiteral("# back up ") + kDb;
        QTest::newRow("copy") << QStringList{QStringLiteral("migrate")} << QStringLiteral("# dump ") + kDb;
        QTest::newRow("stop-write") << QStringList{QStringLiteral("migrate"), QStringLiteral("--mode"), QStringLiteral("stop-write"),
                                                   QStringLiteral("--hold-writes")}
                                    << QStringLiteral("# dump ") + kDb;
    }

    void restartDuringDump()
    {
        QFETCH(QStringList, mode);
        QFETCH(QString, marker);
        const bool copies = mode.first() == QLatin1String("migrate");
        QVERIFY(dropSandboxDatabase(QStringLiteral("dst"), kDb));
        const SourceSnapshot before = SourceSnapshot::take({kDb});
        QVERIFY2(before.ok(), qPrintable(before.error()));

        const QString sessions = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QStringList args = mode + sandboxSshArgs() + QStringList{QStringLiteral("--db"), kDb, QStringLiteral("--no-roles")};
        if (!copies)
            args << QStringLiteral("--backup-dir") << sessions + QStringLiteral("/files");
        // The server goes down mid-dump and comes back once the CLI has ended: a restart slower than the failure
        // (the CLI's own undo then finds the source away, and says so). Started again only after the CLI ended,
        // so a docker exec never sees its container come back under it: one that did once left the CLI waiting for
        // good (no data, no end; the stream has no timeout yet).
        QString restartError;
        bool stopped = false;
        QElapsedTimer away;
        double detected = -1;
        const CliRun r = FaultChecks::runWithFault(
            args, sessions, marker.toUtf8(), [] { return containerProcesses(QStringLiteral("src")).contains(QStringLiteral("pg_dump")); },
            [&](QProcess &) {
                away.start();
                stopped = stopSource(&restartError);
            },
            &detected, 150000);
        const bool started = startSource(&restartError);
        const double awaySeconds = away.isValid() ? away.elapsed() / 1000.0 : -1;
        QVERIFY2(stopped && started, qPrintable(QStringLiteral("the source did not restart: ") + restartError + FaultChecks::said(r)));
        QVERIFY2(r.exitCode == 3, qPrintable(FaultChecks::said(r)));
        QCOMPARE(r.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        const QJsonObject failed = FaultChecks::step(r.record, copies ? QStringLiteral("Copy database") : QStringLiteral("Back up database"));
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QString message = failed.value(QStringLiteral("message")).toString();
        // The source's pg_dump is named as what failed, on the source host, never only the target's pg_restore.
        const QString srcHost = Sandbox::instance().value(QStringLiteral("PGX_SRC_SSH_HOST"));
        QVERIFY2(message.startsWith(QStringLiteral("pg_dump on ")) && message.contains(srcHost), qPrintable(message));
        // The source's own error, verbatim: its server ended the connection (with its FATAL, or without a word
        // when pg_dump was mid-COPY).
        QVERIFY2(message.contains(QStringLiteral("terminating connection due to administrator command")) ||
                     message.contains(QStringLiteral("server closed the connection unexpectedly")),
                 qPrintable(message));
        if (!copies)
            QCOMPARE(QDir(sessions + QStringLiteral("/files")).entryList(QDir::Files), QStringList()); // no half a backup
        if (copies) {
            QVERIFY2(message.contains(QStringLiteral("INCOMPLETE")), qPrintable(message));
            QCOMPARE(FaultChecks::targetState(r.record, kDb), QStringLiteral("INCOMPLETE"));
        }

        // Nothing left running; no secret anywhere.
        QCOMPARE(FaultChecks::waitNothingRunning(30000), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(r), QStringList());
        // The source as it was: held writes released, by the run or else by revert (the source may have been down
        // when the run tried).
        QString reverted;
        if (SourceSnapshot::take({kDb}).differences(before) != QString()) {
            const CliRun back = FaultChecks::revert(r.recordPath);
            QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
            reverted = QStringLiteral(" (held writes released by revert)");
        }
        QCOMPARE(SourceSnapshot::take({kDb}).differences(before), QString());

        const CliRun resumed = FaultChecks::resume(mode.first(), r.recordPath, sessions);
        QVERIFY2(resumed.exitCode == 0, qPrintable(FaultChecks::said(resumed)));
        QString result = QStringLiteral("exit %1, %2").arg(resumed.exitCode).arg(resumed.record.value(QStringLiteral("outcome")).toString());
        if (copies) {
            int tables = 0;
            QCOMPARE(FaultChecks::verdict(resumed.record, &tables), QStringLiteral("equal"));
            QCOMPARE(tables, 2);
            QCOMPARE(FaultChecks::targetState(resumed.record, kDb), QStringLiteral("complete"));
            result += QStringLiteral(", %1 tables equal").arg(tables);
        } else {
            QCOMPARE(resumed.record.value(QStringLiteral("artifacts")).toArray().size(), 1);
            result += QStringLiteral(", %1 file(s) with their sha256").arg(resumed.record.value(QStringLiteral("artifacts")).toArray().size());
        }
        if (mode.contains(QStringLiteral("--hold-writes"))) {
            const CliRun back = FaultChecks::revert(r.recordPath);
            QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
            result += QStringLiteral(", revert exit 0");
        }
        QCOMPARE(SourceSnapshot::take({kDb}).differences(before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(sessions, r.all() + resumed.all()), QStringList());
        FaultChecks::print(QStringLiteral("source server restarts during the dump (%1)").arg(QString::fromLatin1(QTest::currentDataTag())),
                           QStringLiteral("exit %1, \"%2\"%3 (server away %4 s)").arg(r.exitCode).arg(message.left(600), reverted).arg(awaySeconds, 0, 'f', 1), detected, result);
    }

    void cleanupTestCase()
    {
        dropSandboxDatabase(QStringLiteral("src"), kDb);
        dropSandboxDatabase(QStringLiteral("dst"), kDb);
    }
};

QTEST_GUILESS_MAIN(TstFaultSourceRestart)
#include "tst_fault_source_restart.moc"

// Must-show 5: cancelling in the middle of a restore stops the remote processes (none left on either
// host), leaves the target marked incomplete, and resuming the session completes and verifies it. The
// CLI killed outright: the session is listed as interrupted, and resuming it completes it too.
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"
#include "history/SessionHistory.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace pgcrossing;
using namespace pgcrossing::test;

class TstCliCancel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // Starts migrate of cancel_me over SSH and returns once the restore is streaming: its command was logged (not
    // the `pg_restore --version` of the inspection) and a pg_restore runs on the target's host, in its container.
    static void startUntilRestoring(QProcess &p, const QString &sessions, QByteArray *err)
    {
        p.setProcessEnvironment(cliEnv());
        p.start(QStringLiteral(PGX_CLI_PATH), QStringList{QStringLiteral("migrate")} + sandboxSshArgs() +
                                                  QStringList{QStringLiteral("--db"), QStringLiteral("cancel_me"),
                                                              QStringLiteral("--no-roles"), QStringLiteral("--session-dir"), sessions});
        QTRY_VERIFY_WITH_TIMEOUT((*err += p.readAllStandardError()).contains("# restore cancel_me") &&
                                     FaultChecks::sandboxProcessCount(QStringLiteral("pg_restore")) > 0,
                                 60000);
        // The restore runs inside the target's container (docker exec over SSH), where a killed client leaves it running.
        QVERIFY2(containerProcesses(QStringLiteral("dst")).contains(QStringLiteral("pg_restore")),
                 qPrintable(containerProcesses(QStringLiteral("dst")).join(QLatin1Char(' '))));
    }

    // migrate --resume RECORD: exit 0, succeeded, verified equal, every row on the target.
    static void resumeCompletes(const QString &recordPath, const QString &sessions)
    {
        const CliRun resumed = CliRun::run(QStringList{QStringLiteral("migrate"), QStringLiteral("--resume"), recordPath} +
                                               QStringList{QStringLiteral("--known-hosts"), Sandbox::instance().value(QStringLiteral("PGX_SSH_KNOWN_HOSTS"))},
                                           cliEnv(), sessions);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.all().right(3000)));
        CliRun after;
        after.sessionDir = sessions;
        after.recordPath = recordPath;
        after.loadRecord();
        QCOMPARE(after.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(after.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), QStringLiteral("cancel_me"), QStringLiteral("SELECT count(*) FROM big")), QStringLiteral("1200000"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS cancel_me WITH (FORCE)"), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS cancel_me WITH (FORCE)"), &ok);
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE cancel_me"), &ok);
        QVERIFY(ok);
        // Big enough that the restore takes seconds: ~1.2 M rows, ~180 MB.
        sandboxSql(QStringLiteral("src"), QStringLiteral("cancel_me"),
                   QStringLiteral("CREATE TABLE big(id bigint PRIMARY KEY, payload text);"
                                  "INSERT INTO big SELECT g, repeat(md5(g::text), 4) FROM generate_series(1, 1200000) g;"),
                   &ok);
        QVERIFY(ok);
    }

    void cancelThenResume()
    {
        const QString sessions = m_dir.filePath(QStringLiteral("s"));
        QProcess p;
        QByteArray err;
        startUntilRestoring(p, sessions, &err);
        if (QTest::currentTestFailed())
            return;
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QVERIFY2(p.exitCode() == 5, err.right(3000).constData());

        // Nothing left running on either host, nor in the target server.
        QCOMPARE(FaultChecks::sandboxProcessCount(QStringLiteral("pg_dump")), 0);
        QCOMPARE(FaultChecks::sandboxProcessCount(QStringLiteral("pg_restore")), 0);
        for (const QString &side : {QStringLiteral("src"), QStringLiteral("dst")}) {
            const QStringList inside = containerProcesses(side);
            QVERIFY2(inside.contains(QStringLiteral("postgres")) && !inside.contains(QStringLiteral("pg_dump")) &&
                         !inside.contains(QStringLiteral("pg_restore")),
                     qPrintable(side + QStringLiteral(": ") + inside.join(QLatin1Char(' '))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                                             QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'cancel_me'")),
                                  QStringLiteral("0"), 10000);

        CliRun r;
        r.sessionDir = sessions;
        r.loadRecord();
        QCOMPARE(r.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
        bool incomplete = false;
        for (const auto &t : r.record.value(QStringLiteral("targets")).toArray())
            incomplete = incomplete || (t.toObject().value(QStringLiteral("database")).toString() == QLatin1String("cancel_me") &&
                                        !t.toObject().value(QStringLiteral("complete")).toBool());
        QVERIFY(incomplete);
        QVERIFY(sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                           QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 'cancel_me'"))
                    .contains(QStringLiteral("INCOMPLETE")));

        resumeCompletes(r.recordPath, sessions);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                            QStringLiteral("SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = 'cancel_me'"))
                     .contains(QStringLiteral("INCOMPLETE")));
    }

    // The CLI killed (SIGKILL) mid-copy: nothing can cancel, yet what it ran ends by itself (its streams close),
    // the history lists the session as interrupted, never as running, and --resume completes it.
    void killedThenResumed()
    {
        QVERIFY(dropSandboxDatabase(QStringLiteral("dst"), QStringLiteral("cancel_me")));
        const QString sessions = m_dir.filePath(QStringLiteral("killed"));
        QProcess p;
        QByteArray err;
        startUntilRestoring(p, sessions, &err);
        if (QTest::currentTestFailed())
            return;
        p.kill();
        QVERIFY(p.waitForFinished(10000));

        CliRun r;
        r.sessionDir = sessions;
        r.loadRecord();
        QCOMPARE(r.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("running")); // what the file still says
        SessionHistory history(SessionHistory::pathFor(sessions));
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        const QList<SessionSummary> listed = history.list(&error);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().outcome, SessionOutcome::Interrupted);

        // Its pg_dump and pg_restore end by themselves, on the hosts and in the containers (measured, printed:
        // nothing can stop them once their client is gone; a docker exec'd pg_dump may even start a moment
        // after the kill and run to its end, its output drained by the engine).
        QElapsedTimer orphans;
        orphans.start();
        const QStringList left = FaultChecks::waitNothingRunning(300000);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        qInfo("after SIGKILL of the CLI: its pg_dump and pg_restore ended %.1f s later", orphans.elapsed() / 1000.0);

        resumeCompletes(r.recordPath, sessions);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(history.list(&error).first().outcome, SessionOutcome::Succeeded);
    }

    void cleanupTestCase()
    {
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS cancel_me WITH (FORCE)"));
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS cancel_me WITH (FORCE)"));
    }
};

QTEST_GUILESS_MAIN(TstCliCancel)
#include "tst_cli_cancel.moc"

// Issue 12 §3, "the app itself is killed with SIGKILL during a stop-write with writes held". Nothing can
// cancel or undo: the source stays read-only (the hold is an ALTER DATABASE), the record still says running.
// What must follow: the history lists the session as interrupted, never running; the next start (--resume
// RECORD) holds the writes again, copies, verifies every table equal, and reports the hold as a source change
// left in place with its undo (never "succeeded"); `pgcrossing-cli revert` makes the source writable again
// and it is then byte-identical to before.
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"
#include "SourceSnapshot.h"
#include "history/SessionHistory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const QString kDb = QStringLiteral("pgx_fault_held");

QString readOnly() { return sandboxSql(QStringLiteral("src"), kDb, QStringLiteral("SHOW default_transaction_read_only")); }
} // namespace

class TstFaultKilledHold : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        QVERIFY(createSourceDatabase(kDb, QStringLiteral(
            "CREATE TABLE orders (id bigserial PRIMARY KEY, item text NOT NULL, qty int NOT NULL);\n"
            "INSERT INTO orders (item, qty) SELECT md5(i::text) || md5((i * 3)::text), i % 17 FROM generate_series(1, 200000) i;\n"
            "CREATE TABLE customers (id int PRIMARY KEY, name text); INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace');")));
        QCOMPARE(readOnly(), QStringLiteral("off"));
    }

    void killedWithWritesHeld()
    {
        const SourceSnapshot before = SourceSnapshot::take({kDb});
        QVERIFY2(before.ok(), qPrintable(before.error()));
        const QString sessions = m_dir.filePath(QStringLiteral("killed"));
        QElapsedTimer sinceKill;
        double exited = -1;
        const CliRun r = FaultChecks::runWithFault(
            QStringList{QStringLiteral("migrate"), QStringLiteral("--mode"), QStringLiteral("stop-write"), QStringLiteral("--hold-writes"),
                        QStringLiteral("--db"), kDb, QStringLiteral("--no-roles")} + sandboxSshArgs(),
            sessions, "# restore " + kDb.toUtf8(), [] { return FaultChecks::sandboxProcessCount(QStringLiteral("pg_restore")) > 0; },
            [&](QProcess &p) {
                p.kill(); // SIGKILL: no handler, no undo
                sinceKill.start();
            },
            &exited);
        QVERIFY2(sinceKill.isValid(), qPrintable(FaultChecks::said(r)));
        QCOMPARE(r.exitCode, -1); // killed

        // What the kill left: the writes still held (a write is refused), a record that still says running…
        QCOMPARE(readOnly(), QStringLiteral("on"));
        bool wrote = true;
        sandboxSql(QStringLiteral("src"), kDb, QStringLiteral("INSERT INTO customers VALUES (3, 'Linus')"), &wrote);
        QVERIFY(!wrote);
        QCOMPARE(r.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("running"));
        // …and a history that knows better, at once.
        SessionHistory history(SessionHistory::pathFor(sessions));
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.list(&error).size(), 1);
        QCOMPARE(history.list(&error).first().outcome, SessionOutcome::Interrupted);
        const double detected = sinceKill.elapsed() / 1000.0;
        // What it ran ends by itself once its client is gone (docker exec'd commands cannot be signalled).
        const QStringList left = FaultChecks::waitNothingRunning(300000);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        const double orphansGone = sinceKill.elapsed() / 1000.0;
        QCOMPARE(FaultChecks::leakedSecrets(r), QStringList());

        // The next start resumes: writes held again, the copy done and verified, the hold reported with its undo.
        const CliRun resumed = FaultChecks::resume(QStringLiteral("migrate"), r.recordPath, sessions);
        QVERIFY2(resumed.exitCode == 0, qPrintable(FaultChecks::said(resumed)));
        QCOMPARE(resumed.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded-with-warnings"));
        int tables = 0;
        QCOMPARE(FaultChecks::verdict(resumed.record, &tables), QStringLiteral("equal"));
        QCOMPARE(tables, 2);
        const QJsonArray changes = resumed.record.value(QStringLiteral("sourceChanges")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("hold-writes:") + kDb);
        QVERIFY(!changes[0].toObject().value(QStringLiteral("reverted")).toBool());
        QVERIFY2(resumed.all().contains(QStringLiteral("revert")), qPrintable(FaultChecks::said(resumed)));
        QFile md(QFileInfo(r.recordPath).dir().filePath(QStringLiteral("report.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray report = md.readAll();
        QVERIFY(report.contains("pgcrossing-cli revert") && report.contains("default_transaction_read_only"));
        QCOMPARE(readOnly(), QStringLiteral("on"));
        QCOMPARE(history.list(&error).first().outcome, SessionOutcome::SucceededWithWarnings);

        // Revertible: the source writable again, and exactly as it was.
        const CliRun back = FaultChecks::revert(r.recordPath);
        QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
        QCOMPARE(readOnly(), QStringLiteral("off"));
        QCOMPARE(SourceSnapshot::take({kDb}).differences(before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(sessions, r.all() + resumed.all() + back.all()), QStringList());

        FaultChecks::print(QStringLiteral("app SIGKILLed during stop-write with writes held"),
                           QStringLiteral("killed mid-restore; the record said running, the history interrupted, the source stayed "
                                          "read-only (a write refused); its pg_dump/pg_restore ended %1 s after the kill")
                               .arg(orphansGone, 0, 'f', 1),
                           detected,
                           QStringLiteral("exit %1, %2, %3 tables equal, hold reported with its undo; revert exit %4, source writable and "
                                          "identical")
                               .arg(resumed.exitCode)
                               .arg(resumed.record.value(QStringLiteral("outcome")).toString())
                               .arg(tables)
                               .arg(back.exitCode));
    }

    void cleanupTestCase()
    {
        dropSandboxDatabase(QStringLiteral("src"), kDb);
        dropSandboxDatabase(QStringLiteral("dst"), kDb);
    }
};

QTEST_GUILESS_MAIN(TstFaultKilledHold)
#include "tst_fault_killed_hold.moc"

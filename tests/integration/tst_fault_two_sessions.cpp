// Issue 12 §3, "two sessions at once against the same target database name". The first session claims the
// name on the target before it changes anything else (ClaimTargetStep: the database created empty, marked
// INCOMPLETE with the session's id; CREATE DATABASE is atomic on the server). A second session started while
// the first copies is refused by its checklist, naming the first session; two started at the same moment
// race for the claim, and the loser is refused by its claim step — in both cases before it holds writes or
// touches anything else — while the winner completes and verifies equal.
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"
#include "SourceSnapshot.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace pgcrossing::test;

namespace {
const QString kDb = QStringLiteral("pgx_fault_twice");

QStringList copyArgs() { return QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), kDb, QStringLiteral("--no-roles")} + sandboxSshArgs(); }
QStringList stopWriteArgs()
{
    return QStringList{QStringLiteral("migrate"), QStringLiteral("--mode"), QStringLiteral("stop-write"), QStringLiteral("--hold-writes"),
                       QStringLiteral("--db"), kDb, QStringLiteral("--no-roles")} + sandboxSshArgs();
}
QString readOnly() { return sandboxSql(QStringLiteral("src"), kDb, QStringLiteral("SHOW default_transaction_read_only")); }

void start(QProcess &p, const QStringList &args, const QString &sessions)
{
    p.setProcessEnvironment(cliEnv());
    p.start(QStringLiteral(PGX_CLI_PATH), args + QStringList{QStringLiteral("--session-dir"), sessions});
    p.closeWriteChannel();
}

CliRun finish(QProcess &p, const QString &sessions)
{
    p.waitForFinished(300000);
    CliRun r;
    r.sessionDir = sessions;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.loadRecord();
    return r;
}

// The refused session changed nothing: no source change, no step after its claim ran.
void changedNothing(const CliRun &r)
{
    QCOMPARE(r.record.value(QStringLiteral("sourceChanges")).toArray().size(), 0);
    for (const auto &s : r.record.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = s.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (id != QLatin1String("inspect") && !id.startsWith(QLatin1String("claim-target:")))
            QVERIFY2(o.value(QStringLiteral("status")).toString() == QLatin1String("pending"), qPrintable(id));
    }
}
} // namespace

class TstFaultTwoSessions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SourceSnapshot m_before;

    void dropTarget()
    {
        QVERIFY(dropSandboxDatabase(QStringLiteral("dst"), kDb));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        QVERIFY(createSourceDatabase(kDb, QStringLiteral(
            "CREATE TABLE ledger (id bigserial PRIMARY KEY, entry text NOT NULL);\n"
            "INSERT INTO ledger (entry) SELECT md5(i::text) || md5((i * 11)::text) FROM generate_series(1, 150000) i;\n"
            "CREATE TABLE accounts (id int PRIMARY KEY, name text); INSERT INTO accounts VALUES (1, 'cash');")));
        m_before = SourceSnapshot::take({kDb});
        QVERIFY2(m_before.ok(), qPrintable(m_before.error()));
    }

    // The second session starts while the first one copies: its checklist refuses, naming the first.
    void secondWhileFirstCopies()
    {
        dropTarget();
        const QString first = m_dir.filePath(QStringLiteral("first")), second = m_dir.filePath(QStringLiteral("second"));
        QProcess a;
        start(a, copyArgs(), first);
        QByteArray aErr;
        QTRY_VERIFY_WITH_TIMEOUT((aErr += a.readAllStandardError()).contains("# restore " + kDb.toUtf8()), 60000);
        const QString firstId = QString::fromUtf8(aErr).section(QStringLiteral("session "), 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY(!firstId.isEmpty());

        // The first is paused while the second runs: here a copy takes seconds, a real one hours.
        ::kill(pid_t(a.processId()), SIGSTOP);
        QElapsedTimer t;
        t.start();
        const CliRun b = CliRun::run(stopWriteArgs(), cliEnv(), second);
        const double refusedAfter = t.elapsed() / 1000.0;
        ::kill(pid_t(a.processId()), SIGCONT);
        QVERIFY2(b.exitCode == 2, qPrintable(b.all().right(3000)));
        const QString row = FaultChecks::lineStarting(b.out, QStringLiteral("FAIL"));
        QVERIFY2(row.contains(QStringLiteral("claimed by pgcrossing session %1").arg(firstId)), qPrintable(row + QStringLiteral(" / ") + firstId));
        QCOMPARE(readOnly(), QStringLiteral("off")); // it held nothing
        changedNothing(b);

        CliRun ar = finish(a, first);
        QVERIFY2(ar.exitCode == 0, qPrintable(QString::fromUtf8(aErr) + ar.all()));
        int tables = 0;
        QCOMPARE(FaultChecks::verdict(ar.record, &tables), QStringLiteral("equal"));
        QCOMPARE(SourceSnapshot::take({kDb}).differences(m_before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(first, QString::fromUtf8(aErr) + ar.all()), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(second, b.all()), QStringList());
        FaultChecks::print(QStringLiteral("second session while the first copies into the same name"),
                           QStringLiteral("exit %1, \"%2\"%3").arg(b.exitCode).arg(row).arg(QStringLiteral(" (the first paused meanwhile)")),
                           refusedAfter, QStringLiteral("none needed: the first session exit %1, %2 tables equal").arg(ar.exitCode).arg(tables));
    }

    // Both start at once: both checklists may pass; the claim decides, and the loser is refused by it.
    void twoAtOnce()
    {
        dropTarget();
        const QString one = m_dir.filePath(QStringLiteral("one")), two = m_dir.filePath(QStringLiteral("two"));
        QProcess a, b;
        QElapsedTimer t;
        t.start();
        start(a, copyArgs(), one);
        start(b, stopWriteArgs(), two);
        qint64 aDone = -1, bDone = -1;
        const QDeadlineTimer bound(300000);
        while ((aDone < 0 || bDone < 0) && !bound.hasExpired()) {
            if (aDone < 0 && a.waitForFinished(50))
                aDone = t.elapsed();
            if (bDone < 0 && b.waitForFinished(50))
                bDone = t.elapsed();
        }
        const CliRun ar = finish(a, one);
        const CliRun br = finish(b, two);
        const bool aWon = ar.exitCode == 0;
        const CliRun &winner = aWon ? ar : br;
        const CliRun &loser = aWon ? br : ar;
        QVERIFY2(winner.exitCode == 0, qPrintable(ar.all().right(2000) + br.all().right(2000)));
        QVERIFY2(loser.exitCode == 2 || loser.exitCode == 3, qPrintable(loser.all().right(3000)));
        const QString winnerId = winner.record.value(QStringLiteral("id")).toString();
        // Refused by the checklist (2) or by its claim (3): either way it names the winner and changed nothing.
        const QString said = loser.exitCode == 2 ? FaultChecks::lineStarting(loser.out, QStringLiteral("FAIL"))
                                                 : FaultChecks::step(loser.record, QStringLiteral("Claim the name")).value(QStringLiteral("message")).toString();
        QVERIFY2(said.contains(winnerId), qPrintable(said + QStringLiteral("\n") + loser.all().right(3000)));
        changedNothing(loser);
        int tables = 0;
        QCOMPARE(FaultChecks::verdict(winner.record, &tables), QStringLiteral("equal"));
        QString result = QStringLiteral("none needed: the winner (%1) exit 0, %2 tables equal").arg(aWon ? QStringLiteral("copy") : QStringLiteral("stop-write")).arg(tables);
        if (!aWon) { // the stop-write won: its hold stays until revert
            const CliRun back = FaultChecks::revert(winner.recordPath);
            QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
            result += QStringLiteral(", revert exit 0");
        }
        QCOMPARE(SourceSnapshot::take({kDb}).differences(m_before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(one, ar.all()), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(two, br.all()), QStringList());
        FaultChecks::print(QStringLiteral("two sessions started at once into the same name"),
                           QStringLiteral("loser (%1) exit %2 by its %3: \"%4\"")
                               .arg(aWon ? QStringLiteral("stop-write") : QStringLiteral("copy"))
                               .arg(loser.exitCode)
                               .arg(loser.exitCode == 2 ? QStringLiteral("checklist") : QStringLiteral("claim step"), said.left(300)),
                           (aWon ? bDone : aDone) / 1000.0, result);
    }

    void cleanupTestCase()
    {
        dropSandboxDatabase(QStringLiteral("src"), kDb);
        dropSandboxDatabase(QStringLiteral("dst"), kDb);
    }
};

QTEST_GUILESS_MAIN(TstFaultTwoSessions)
#include "tst_fault_two_sessions.moc"

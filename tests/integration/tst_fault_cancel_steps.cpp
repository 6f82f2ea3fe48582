// Issue 12 §3, "cancel at every step of every mode": one row per step of the plan that PlanBuilder makes for
// backup, copy and stop-write (writes held). The real CLI gets SIGINT (Ctrl-C) the moment it prints that
// step's start ("▶ TITLE"). Each time: exit 5 and a cancelled record (or, when the cancel came as the last
// step finished its work, a success that says so), no later step run, the source byte-identical (held writes
// given back), no pg_dump/pg_restore left and no half-written backup file, no secret anywhere, the target
// either INCOMPLETE (something was restored) or free again (the empty claim given back: a clean restart is
// possible), and --resume completes — verified equal for the copies. Local endpoints over TCP keep each run to a second or
// two; the SSH and container case of a cancel mid-restore is tst_cli_cancel's.
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"
#include "SourceSnapshot.h"
#include "migration/PlanBuilder.h"
#include "migration/Step.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const QString kDb = QStringLiteral("pgx_fault_cancel");

struct Mode {
    const char *name;
    PlanOptions::Mode mode;
    bool hold;
};
const Mode kModes[] = {{"backup", PlanOptions::Mode::BackupOnly, false},
                       {"copy", PlanOptions::Mode::Copy, false},
                       {"stop-write", PlanOptions::Mode::StopWrite, true}};

QStringList cliArgs(const QString &mode, const QString &sessions)
{
    if (mode == QLatin1String("backup"))
        return sandboxLocalArgs(QStringLiteral("backup"), kDb) << QStringLiteral("--backup-dir") << sessions + QStringLiteral("/files");
    QStringList a = sandboxLocalArgs(QStringLiteral("migrate"), kDb);
    if (mode == QLatin1String("stop-write"))
        a << QStringLiteral("--mode") << QStringLiteral("stop-write") << QStringLiteral("--hold-writes");
    return a;
}
} // namespace

class TstFaultCancelSteps : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SourceSnapshot m_before;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(createSourceDatabase(kDb, QStringLiteral(
            "CREATE TABLE parcels (id bigserial PRIMARY KEY, label text NOT NULL);\n"
            "INSERT INTO parcels (label) SELECT 'parcel ' || i FROM generate_series(1, 20000) i;\n"
            "CREATE TABLE depots (id int PRIMARY KEY, city text); INSERT INTO depots VALUES (1, 'Lyon'), (2, '上海');")));
        m_before = SourceSnapshot::take({kDb});
        QVERIFY2(m_before.ok(), qPrintable(m_before.error()));
    }

    void cancelAtStep_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("last");
        for (const Mode &m : kModes) {
            PlanOptions o;
            o.mode = m.mode;
            o.holdWrites = m.hold;
            o.databases = {{kDb, kDb}};
            const Plan plan = PlanBuilder::build(o, m_dir.path());
            for (int i = 0; i < plan.steps.size(); ++i)
                QTest::addRow("%s/%s", m.name, qPrintable(plan.steps[i]->id()))
                    << QString::fromLatin1(m.name) << plan.steps[i]->title() << (i == plan.steps.size() - 1);
        }
    }

    void cancelAtStep()
    {
        QFETCH(QString, mode);
        QFETCH(QString, title);
        QFETCH(bool, last);
        const bool copies = mode != QLatin1String("backup");
        QVERIFY(dropSandboxDatabase(QStringLiteral("dst"), kDb));
        const QString sessions = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('/'), QLatin1Char('-')));
        double detected = -1;
        const CliRun r = FaultChecks::runWithFault(cliArgs(mode, sessions), sessions, (QStringLiteral("▶ ") + title).toUtf8(), {},
                                                   [](QProcess &p) { ::kill(pid_t(p.processId()), SIGINT); }, &detected);
        QVERIFY2(detected >= 0, qPrintable(QStringLiteral("never started: ") + title + QLatin1Char('\n') + r.all().right(3000)));
        const QString outcome = r.record.value(QStringLiteral("outcome")).toString();
        // Cancelled; only a cancel that came as the last step finished may end in that step's success.
        const bool cancelled = r.exitCode == 5 && outcome == QLatin1String("cancelled");
        QVERIFY2(cancelled || (last && r.exitCode == 0), qPrintable(QStringLiteral("exit %1, %2\n").arg(r.exitCode).arg(outcome) + r.all().right(3000)));
        // The run stopped there: steps done, at most the one running when the signal came cancelled (the step
        // that started, or the next when the started one was already done), none run after it.
        QStringList statuses;
        QString stepStatus, stoppedIn;
        for (const auto &s : r.record.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject o = s.toObject();
            const QString st = o.value(QStringLiteral("status")).toString();
            statuses << st.left(1);
            if (o.value(QStringLiteral("title")).toString() == title)
                stepStatus = st;
            if (st == QLatin1String("cancelled"))
                stoppedIn = o.value(QStringLiteral("title")).toString();
        }
        const QString shape = statuses.join(QString());
        QVERIFY2(QRegularExpression(QStringLiteral("^[ow]*c?p*$")).match(shape).hasMatch(), qPrintable(shape));
        QVERIFY2(!stepStatus.isEmpty() && stepStatus != QLatin1String("pending"), qPrintable(title + QStringLiteral(": ") + stepStatus));
        // Source unchanged (holds given back), nothing running, no half a backup, no secret.
        QCOMPARE(SourceSnapshot::take({kDb}).differences(m_before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000, {}), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(r), QStringList());
        if (!copies) {
            QStringList recorded;
            for (const auto &a : r.record.value(QStringLiteral("artifacts")).toArray())
                recorded << QFileInfo(a.toObject().value(QStringLiteral("path")).toString()).fileName();
            for (const QString &f : QDir(sessions + QStringLiteral("/files")).entryList(QDir::Files))
                QVERIFY2(recorded.contains(f), qPrintable(f + QStringLiteral(" left behind, not in the record")));
        }
        // Cancelled before anything was restored: the claimed name is given back, a clean restart is possible.
        QString targetNow = QStringLiteral("-");
        if (copies && cancelled) {
            const QString copy = FaultChecks::step(r.record, QStringLiteral("Copy database")).value(QStringLiteral("status")).toString();
            targetNow = FaultChecks::targetState(r.record, kDb);
            QCOMPARE(targetNow, copy == QLatin1String("pending") ? QStringLiteral("absent")
                                : copy == QLatin1String("ok")    ? QStringLiteral("complete")
                                                                 : QStringLiteral("INCOMPLETE"));
            QCOMPARE(sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                                QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(kDb)),
                     copy == QLatin1String("pending") ? QStringLiteral("0") : QStringLiteral("1"));
        }
        if (copies && cancelled && targetNow == QLatin1String("INCOMPLETE"))
            QVERIFY(sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                               QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '%1'").arg(kDb))
                        .contains(QStringLiteral("INCOMPLETE")));

        QString result = QStringLiteral("not needed (it had succeeded)");
        if (cancelled) {
            const CliRun resumed = FaultChecks::resume(mode == QLatin1String("backup") ? QStringLiteral("backup") : QStringLiteral("migrate"),
                                                       r.recordPath, sessions);
            QVERIFY2(resumed.exitCode == 0, qPrintable(FaultChecks::said(resumed)));
            result = QStringLiteral("exit 0, %1").arg(resumed.record.value(QStringLiteral("outcome")).toString());
            if (copies) {
                int tables = 0;
                QCOMPARE(FaultChecks::verdict(resumed.record, &tables), QStringLiteral("equal"));
                QCOMPARE(tables, 2);
                result += QStringLiteral(", %1 tables equal").arg(tables);
            } else {
                QCOMPARE(resumed.record.value(QStringLiteral("artifacts")).toArray().size(), 2);
                result += QStringLiteral(", 2 files");
            }
            QCOMPARE(FaultChecks::leakedSecrets(sessions, resumed.all()), QStringList());
        }
        if (mode == QLatin1String("stop-write")) {
            const CliRun back = FaultChecks::revert(r.recordPath);
            QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
        }
        QCOMPARE(SourceSnapshot::take({kDb}).differences(m_before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000, {}), QStringList());
        FaultChecks::print(QStringLiteral("cancel at \"%1\" (%2)").arg(title, mode),
                           QStringLiteral("exit %1, %2, the step %3%4, target %5")
                               .arg(r.exitCode)
                               .arg(outcome, stepStatus,
                                    stoppedIn.isEmpty() || stoppedIn == title ? QString() : QStringLiteral(" (\"%1\" cancelled)").arg(stoppedIn),
                                    targetNow), detected, result);
    }

    void cleanupTestCase()
    {
        dropSandboxDatabase(QStringLiteral("src"), kDb);
        dropSandboxDatabase(QStringLiteral("dst"), kDb);
    }
};

QTEST_GUILESS_MAIN(TstFaultCancelSteps)
#include "tst_fault_cancel_steps.moc"

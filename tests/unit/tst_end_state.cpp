// The end states, defined once in EndState and read by every front end: each mapping from how the run
// went, the latest verification and what is left on the source to Succeeded · Succeeded with warnings ·
// Failed · Cancelled, with a reason for anything short of a plain Succeeded — and the CLI's exit code for
// each (app/cli/CliPrint::exitCode). A verified difference or a change left on the source is never
// Succeeded.
#include "CliCommand.h"
#include "CliPrint.h"
#include "history/SessionSummary.h"
#include "model/SessionRecord.h"

#include <QtTest>

using namespace pgcrossing;

namespace {

// A copy whose every step went through and whose verification found both sides identical.
SessionRecord cleanCopy()
{
    SessionRecord r;
    r.id = QStringLiteral("s");
    r.options.mode = PlanOptions::Mode::Copy;
    r.run = SessionOutcome::Succeeded;
    r.steps << StepRecord{QStringLiteral("copy-database:app"), QStringLiteral("Copy app"), StepStatus::Ok}
            << StepRecord{QStringLiteral("verify"), QStringLiteral("Verify"), StepStatus::Ok};
    r.targets << TargetState{QStringLiteral("app"), true, true, QString()};
    r.verification.verdict = VerificationVerdict::Equal;
    r.verification.summary.equal = 3;
    return r;
}

SourceChange writeHold(bool reverted)
{
    SourceChange c;
    c.id = QStringLiteral("hold-writes:app");
    c.database = QStringLiteral("app");
    c.description = QStringLiteral("app: default_transaction_read_only = on");
    c.revertSql = QStringLiteral("ALTER DATABASE app RESET default_transaction_read_only;");
    c.reverted = reverted;
    return c;
}

bool mentions(const EndState &e, const QString &word)
{
    for (const QString &r : e.reasons)
        if (r.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

class TestEndState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanCopySucceeds()
    {
        const EndState e = cleanCopy().endState();
        QCOMPARE(e.outcome, SessionOutcome::Succeeded);
        QVERIFY2(e.reasons.isEmpty(), qPrintable(e.reasons.join(QLatin1Char('|'))));
        QCOMPARE(CliPrint::exitCode(e.outcome, VerificationVerdict::Equal), int(CliCommand::Ok));
    }

    void verifiedDifferenceFailsEvenAfterASuccessfulRun()
    {
        SessionRecord r = cleanCopy();   // the run went through, then Verify again found a difference
        r.verification.verdict = VerificationVerdict::Different;
        r.verification.summary.differs = 1;
        const EndState e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::Failed);
        QVERIFY(mentions(e, QStringLiteral("differences")));
        QCOMPARE(r.toJson().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(SessionSummary::fromRecord(r, QString()).outcome, SessionOutcome::Failed);
        QCOMPARE(CliPrint::exitCode(e.outcome, r.verification.verdict), int(CliCommand::Different));
    }

    void verificationThatCouldNotCompareFails()
    {
        SessionRecord r = cleanCopy();
        r.verification.verdict = VerificationVerdict::Error;
        r.verification.summary.errors = 1;
        const EndState e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::Failed);
        QVERIFY(mentions(e, QStringLiteral("could not compare")));
        QCOMPARE(CliPrint::exitCode(e.outcome, r.verification.verdict), int(CliCommand::Failed));
    }

    void changeLeftOnTheSourceIsAWarningUntilReverted()
    {
        SessionRecord r = cleanCopy();
        r.options.mode = PlanOptions::Mode::StopWrite;
        r.changes << writeHold(false);
        EndState e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::SucceededWithWarnings);
        QVERIFY(mentions(e, QStringLiteral("default_transaction_read_only")));
        QCOMPARE(CliPrint::exitCode(e.outcome, VerificationVerdict::Equal), int(CliCommand::Ok));

        r.changes.first().reverted = true;   // Revert now
        e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::Succeeded);
        QVERIFY(e.reasons.isEmpty());
    }

    void stepWarningsAndRecordedWarningsAreSaid()
    {
        SessionRecord r = cleanCopy();
        r.steps.first().status = StepStatus::Warning;
        r.steps.first().message = QStringLiteral("2 errors ignored by pg_restore");
        EndState e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::SucceededWithWarnings);
        QVERIFY(mentions(e, QStringLiteral("2 errors ignored")));

        r = cleanCopy();
        r.warnings << QStringLiteral("the target's collation provider differs");
        e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::SucceededWithWarnings);
        QVERIFY(mentions(e, QStringLiteral("collation provider")));
    }

    void unverifiedCopyIsNotPlainSuccess()
    {
        SessionRecord r = cleanCopy();
        r.verification = Verification();
        r.options.verify = false;
        const EndState e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::SucceededWithWarnings);
        QVERIFY(mentions(e, QStringLiteral("not verified")));

        // A backup compares nothing and says nothing of it.
        r.options.mode = PlanOptions::Mode::BackupOnly;
        r.targets.clear();
        QCOMPARE(r.endState().outcome, SessionOutcome::Succeeded);
    }

    void incompleteTargetFails()
    {
        SessionRecord r = cleanCopy();
        r.targets.first().complete = false;
        const EndState e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::Failed);
        QVERIFY(mentions(e, QStringLiteral("incomplete")));
    }

    void failedAndCancelledRunsStaySoAndNameWhatIsLeft()
    {
        SessionRecord r = cleanCopy();
        r.run = SessionOutcome::Failed;
        r.outcomeMessage = QStringLiteral("\"Copy app\" failed: pg_restore exited 1");
        r.changes << writeHold(false);
        EndState e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::Failed);
        QCOMPARE(e.reasons.first(), r.outcomeMessage);
        QVERIFY(mentions(e, QStringLiteral("still in place")));
        QCOMPARE(CliPrint::exitCode(e.outcome, VerificationVerdict::Equal), int(CliCommand::Failed));

        r.run = SessionOutcome::Cancelled;
        e = r.endState();
        QCOMPARE(e.outcome, SessionOutcome::Cancelled);
        QCOMPARE(CliPrint::exitCode(e.outcome, VerificationVerdict::Equal), int(CliCommand::Cancelled));
    }

    void runningIsIncompleteNotSuccess()
    {
        SessionRecord r = cleanCopy();
        r.run = SessionOutcome::Running;
        QCOMPARE(r.endState().outcome, SessionOutcome::Running);
        QVERIFY(!isSuccess(r.outcome()));
        QVERIFY(CliPrint::exitCode(r.outcome(), VerificationVerdict::Equal) != int(CliCommand::Ok));
    }
};

QTEST_GUILESS_MAIN(TestEndState)
#include "tst_end_state.moc"

// The end state on every page, in the report and in the CLI: a copy verified equal reads Succeeded; once
// Verify again finds a difference planted on the target it reads Failed everywhere — Execute page,
// Verify page, Report page, the report's title and banner, the files on disk, the Start page's history
// and pgcrossing-cli's exit code — and never Succeeded. A stop-write run that keeps the writes held
// reads Succeeded with warnings, naming the change left on the source, until Revert now. A session of the
// verify command is listed as Verify only, with its end state.
#include "CliRun.h"
#include "ExecutePage.h"
#include "MigrationWizard.h"
#include "ModePage.h"
#include "ReportPage.h"
#include "Sandbox.h"
#include "StartPage.h"
#include "VerifyPage.h"
#include "WizardDriver.h"
#include "model/SessionRecord.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const QString kDatabase = QStringLiteral("knowledge_db");

QString statusLineOf(ExecutePage *exec)
{
    QString all;
    for (QLabel *l : exec->findChildren<QLabel *>())
        if (l->isVisibleTo(exec))
            all += l->text() + QLatin1Char('\n');
    return all;
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TstWizardEndState : public QObject {
    Q_OBJECT

    QTemporaryDir m_sessions;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(m_sessions.isValid());
    }

    void cleanupTestCase() { resetSandboxTarget(); }

    void verifiedDifferenceIsFailedEverywhere()
    {
        QVERIFY(resetSandboxTarget());
        auto w = WizardDriver::open(m_sessions.path());
        QVERIFY(w);
        QVERIFY(WizardDriver::toRun(*w, {kDatabase}, PlanOptions::Mode::Copy));
        QVERIFY(WizardDriver::run(*w));
        ExecutePage *exec = w->executePage();
        QCOMPARE(*exec->outcome(), SessionOutcome::Succeeded);
        QVERIFY2(statusLineOf(exec).contains(QStringLiteral("Finished: Succeeded")), qPrintable(statusLineOf(exec)));

        // A row changed on the target after the copy, found by Verify again.
        w->next();
        QCOMPARE(w->currentId(), int(MigrationWizard::Verify));
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), kDatabase,
                   QStringLiteral("UPDATE documents SET title = title || '!' WHERE id = (SELECT min(id) FROM documents)"), &ok);
        QVERIFY(ok);
        QVERIFY(WizardDriver::verifyAgain(*w));
        const SessionRecord record = w->state().session->record();
        QCOMPARE(record.verification.verdict, VerificationVerdict::Different);
        QCOMPARE(record.outcome(), SessionOutcome::Failed);
        // The Verify page says what a user reads there: Different first, the one changed table counted, the
        // Different filter with its count, that table's row marked Different.
        VerifyPage *verify = w->verifyPage();
        QTextDocument summaryDoc;
        summaryDoc.setHtml(verify->summary()->text());
        const QString summary = summaryDoc.toPlainText();
        QVERIFY2(summary.startsWith(wordOf(VerificationVerdict::Different) + QLatin1Char(' ')), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral(" identical, 1 different, 0 only on the source, 0 only on the target, 0 could not be compared")),
                 qPrintable(summary));
        QVERIFY2(!summary.contains(wordOf(VerificationVerdict::Equal)), qPrintable(summary));
        QCOMPARE(verify->countOf(VerifyPage::Show::Different, false), 1);
        QCOMPARE(verify->filter(VerifyPage::Show::Different)->text().remove(QLatin1Char('&')), QStringLiteral("Different (1)"));
        QStringList differing;
        for (int r = 0; r < verify->tables()->rowCount(); ++r)
            if (verify->tables()->item(r, 7)->text() == wordOf(TableStatus::Differs))
                differing << verify->tables()->item(r, 2)->text();
        QCOMPARE(differing, QStringList{QStringLiteral("documents")});

        // Execute page, after Back: the end state with its reason, not the run's old success.
        w->back();
        QCOMPARE(w->currentId(), int(MigrationWizard::Execute));
        const QString status = statusLineOf(exec);
        QVERIFY2(status.contains(QStringLiteral("Finished: Failed")) && status.contains(QStringLiteral("Verification found differences")),
                 qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("Succeeded")), qPrintable(status));

        // Report page and the report itself.
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(MigrationWizard::Report));
        const QString verdict = w->reportPage()->verdict()->text();
        QVERIFY2(verdict.contains(QStringLiteral("Outcome: Failed")) && !verdict.contains(QStringLiteral("#1b7f3b")), qPrintable(verdict));
        QVERIFY(verdict.contains(QStringLiteral("Verification found differences")));
        const QString report = w->reportPage()->view()->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Migration report: Failed")), qPrintable(report.left(300)));
        QVERIFY(!report.contains(QStringLiteral("Succeeded")));
        QVERIFY2(report.contains(QStringLiteral("Restored, but differs from the source")), qPrintable(report));
        QVERIFY(!report.contains(QStringLiteral("No warnings.")));
        // Verify again rewrote the files beside the record.
        const QString dir = w->state().session->dir();
        QVERIFY(fileText(QDir(dir).filePath(QStringLiteral("report.md"))).startsWith(QStringLiteral("# Migration report: Failed")));
        QVERIFY(fileText(QDir(dir).filePath(QStringLiteral("session.json"))).contains(QStringLiteral("\"outcome\": \"failed\"")));
        const QString recordPath = w->state().session->recordPath();
        w.reset();

        // The history lists it as failed, with its mode and verdict in words.
        auto again = WizardDriver::open(m_sessions.path());
        QVERIFY(again);
        QTreeWidget *history = again->startPage()->history();
        QVERIFY(history->topLevelItemCount() >= 1);
        QCOMPARE(history->topLevelItem(0)->text(3), wordOf(PlanOptions::Mode::Copy));
        QCOMPARE(history->topLevelItem(0)->text(4), wordOf(SessionOutcome::Failed));
        QCOMPARE(history->topLevelItem(0)->text(5), wordOf(VerificationVerdict::Different));
        again.reset();

        // The CLI says the same: verify --session exits 4 with the end state and its reason.
        const CliRun cli = CliRun::run({QStringLiteral("verify"), QStringLiteral("--session"), recordPath}, sandboxPgEnv(),
                                       QString()); // the record says where its results go
        QVERIFY2(cli.exitCode == 4, qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QStringLiteral("outcome: failed")) && cli.err.contains(QStringLiteral("Verification found differences")),
                 qPrintable(cli.err));

        // A verification of its own (the verify command, no session given) is a session of mode Verify only:
        // the Start page lists it so, in words, with its end state and verdict — not as a copy.
        const CliRun verifyOnly = CliRun::run(sandboxLocalArgs(QStringLiteral("verify"), kDatabase), sandboxPgEnv(), m_sessions.path());
        QVERIFY2(verifyOnly.exitCode == 4, qPrintable(verifyOnly.all()));
        QCOMPARE(verifyOnly.record.value(QStringLiteral("options")).toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("verify"));
        auto listed = WizardDriver::open(m_sessions.path());
        QVERIFY(listed);
        history = listed->startPage()->history();
        QCOMPARE(history->topLevelItemCount(), 2);
        const QTreeWidgetItem *newest = history->topLevelItem(0);
        QCOMPARE(newest->text(3), QStringLiteral("Verify only"));
        QCOMPARE(newest->text(4), QStringLiteral("Failed"));
        QCOMPARE(newest->text(5), QStringLiteral("Different"));
        QCOMPARE(history->topLevelItem(1)->text(3), QStringLiteral("Copy")); // the copy verified again above stays a copy
    }

    void writesLeftHeldAreAWarningUntilReverted()
    {
        QVERIFY(resetSandboxTarget());
        auto w = WizardDriver::open(m_sessions.path());
        QVERIFY(w);
        QVERIFY(WizardDriver::toRun(*w, {kDatabase}, PlanOptions::Mode::StopWrite,
                                    [](ModePage *mode) { mode->holdWrites()->setChecked(true); }));
        QVERIFY(WizardDriver::run(*w));
        QCOMPARE(*w->executePage()->outcome(), SessionOutcome::SucceededWithWarnings);
        const QString status = statusLineOf(w->executePage());
        QVERIFY2(status.contains(QStringLiteral("Finished: Succeeded with warnings")) && status.contains(QStringLiteral("still in place")),
                 qPrintable(status));
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(MigrationWizard::Report));
        ReportPage *page = w->reportPage();
        QVERIFY2(page->verdict()->text().contains(QStringLiteral("Outcome: Succeeded with warnings")), qPrintable(page->verdict()->text()));
        QVERIFY(page->view()->toPlainText().contains(QStringLiteral("Migration report: Succeeded with warnings")));

        QTimer::singleShot(0, qApp, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(page->revertButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReverting() && !page->revertButton()->isVisible(), WizardDriver::kStepTimeout);
        QCOMPARE(w->state().session->record().outcome(), SessionOutcome::Succeeded);
        QVERIFY2(page->verdict()->text().contains(QStringLiteral("Outcome: Succeeded")) &&
                     !page->verdict()->text().contains(QStringLiteral("with warnings")),
                 qPrintable(page->verdict()->text()));
        QVERIFY(fileText(QDir(w->state().session->dir()).filePath(QStringLiteral("report.md")))
                    .startsWith(QStringLiteral("# Migration report: Succeeded\n")));
    }
};

QTEST_MAIN(TstWizardEndState)
#include "tst_wizard_end_state.moc"

// The Execute page as a DBA reads it during and after a run, against the sandbox's real servers: it shows
// the session as it is now (after "Verify again" found a difference, the Verify step is not OK with the
// new result, the overall bar the share of the steps done), a long command line reads whole, a click on a
// step shows that step's lines only (and "No errors" where there are none), and the throughput chart has
// points after the copy. Saves screenshots at 1024×700 when PGX_SCREENSHOT_DIR is set.
#include "CliRun.h"
#include "DatabasesPage.h"
#include "EndpointForm.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "LogFilter.h"
#include "LogModel.h"
#include "MigrationWizard.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "Sandbox.h"
#include "ThroughputChart.h"
#include "VerifyPage.h"
#include "WizardDriver.h"
#include "migration/Runner.h"
#include "migration/Step.h"
#include "model/LogLevel.h"
#include "model/SessionRecord.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
using WizardDriver::kRunTimeout;
using WizardDriver::kStepTimeout;
using WizardDriver::screenshot;
} // namespace

class TstExecutePage : public QObject {
    Q_OBJECT

    QTemporaryDir m_sessions;
    std::unique_ptr<MigrationWizard> m_wizard;

    static QString dump(ExecutePage *exec)
    {
        QString out;
        for (int r = qMax(0, exec->log()->rowCount() - 40); r < exec->log()->rowCount(); ++r)
            out += exec->log()->text(r) + QLatin1Char('\n');
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(m_sessions.isValid());
    }

    // A run that stops part-way: the bar is the share of the steps done (not 0 %), the failed step says so
    // (no bar), and its errors show under "Errors only". Resumed, it ends at 100 %.
    void failedRunShowsItsShareThenResumes()
    {
        QVERIFY(resetSandboxTarget());
        m_wizard = WizardDriver::open(m_sessions.path());
        QVERIFY(m_wizard);
        MigrationWizard &w = *m_wizard;
        QVERIFY(WizardDriver::toRun(*m_wizard, {QStringLiteral("ai_learning_companion"), QStringLiteral("knowledge_db")}, PlanOptions::Mode::Copy));
        // After the checks: the target takes the second name, so claiming it fails (it never overwrites).
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE knowledge_db"), &ok);
        QVERIFY(ok);
        w.next();
        ExecutePage *exec = w.executePage();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        QCOMPARE(*exec->outcome(), SessionOutcome::Failed);
        const int failedRow = exec->stepRow(QStringLiteral("claim-target:knowledge_db"));
        QVERIFY(failedRow > 0);
        QTreeWidget *steps = exec->steps();
        QCOMPARE(steps->topLevelItem(failedRow)->text(1), wordOf(StepStatus::Failed));
        const Plan plan = w.state().session->plan();
        double total = 0, done = 0;
        for (int i = 0; i < plan.steps.size(); ++i) {
            total += plan.steps[i]->weight();
            if (i < failedRow) {
                QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("100 %"));
                done += plan.steps[i]->weight();
            } else if (i > failedRow) {
                QCOMPARE(steps->topLevelItem(i)->text(1), QString());
            }
        }
        QVERIFY(done > 0);
        QCOMPARE(exec->overallBar()->value(), int(std::lround(1000 * done / total)));
        // The failed step's own lines, errors only: its error, not "No errors".
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(steps->topLevelItem(failedRow)).center());
        exec->levelFilter()->setCurrentIndex(exec->levelFilter()->findData(int(LogFilter::Show::Errors)));
        QVERIFY(exec->logFilter()->rowCount() > 0);
        QVERIFY(!exec->emptyNote()->isVisible());
        screenshot(&w, QStringLiteral("execute-failed"));
        exec->levelFilter()->setCurrentIndex(exec->levelFilter()->findData(int(LogFilter::Show::Everything)));
        exec->stepFilter()->setCurrentIndex(0);

        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE knowledge_db"), &ok);
        QVERIFY(ok);
        exec->resume();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        QVERIFY2(isSuccess(*exec->outcome()), qPrintable(dump(exec)));
        QCOMPARE(exec->overallBar()->value(), 1000);
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("100 %"));
        m_wizard.reset();
        QVERIFY(resetSandboxTarget());
    }

    void runThenVerifyAgainThenBack()
    {
        QVERIFY(resetSandboxTarget());
        m_wizard = WizardDriver::open(m_sessions.path());
        QVERIFY(m_wizard);
        MigrationWizard &w = *m_wizard;
        QVERIFY(WizardDriver::toRun(*m_wizard, {QStringLiteral("ai_learning_companion"), QStringLiteral("knowledge_db")}, PlanOptions::Mode::Copy));
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Execute));
        ExecutePage *exec = w.executePage();
        // During the run: the picture once the copies are done and the comparison runs.
        const int verifyRow = exec->stepRow(QStringLiteral("verify"));
        QVERIFY(verifyRow >= 0);
        bool shotDuring = false;
        const QMetaObject::Connection during = connect(exec->steps(), &QTreeWidget::itemChanged, exec, [&](QTreeWidgetItem *item, int column) {
            if (!shotDuring && column == 1 && exec->steps()->indexOfTopLevelItem(item) == verifyRow && exec->isRunning()) {
                shotDuring = true;
                screenshot(&w, QStringLiteral("execute-during"));
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        disconnect(during);
        QVERIFY2(isSuccess(*exec->outcome()), qPrintable(codeOf(*exec->outcome()) + QLatin1Char('\n') + dump(exec)));
        QCOMPARE(exec->overallBar()->value(), 1000);

        // (4) The copy drew its throughput: at least one point above zero, time on x.
        QVERIFY2(exec->throughput()->pointCount() >= 1, "no throughput point after the copy");
        QVERIFY(exec->throughput()->peak() > 0);
        QVERIFY(exec->throughput()->series()->count() >= 3); // from zero, the rate, back to zero

        // (2) A whole pg_dump command line: wider than the log view, read whole in the pane below it.
        LogModel *log = exec->log();
        const int dumpRow = WizardDriver::longestCommand(exec, QStringLiteral("pg_dump"));
        QVERIFY2(dumpRow >= 0, qPrintable(dump(exec)));
        const QString line = log->text(dumpRow);
        QListView *view = exec->logView();
        QVERIFY2(view->fontMetrics().horizontalAdvance(line) > view->viewport()->width(),
                 qPrintable(QStringLiteral("the pg_dump line fits the view anyway: ") + line));
        const QModelIndex shown = exec->logFilter()->mapFromSource(log->index(dumpRow));
        QVERIFY(shown.isValid());
        view->scrollTo(shown);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shown).center());
        QCOMPARE(exec->lineDetail()->toPlainText(), line);
        QTRY_VERIFY(exec->lineDetail()->document()->firstBlock().layout()->lineCount() > 1); // wrapped, not cut
        QVERIFY(exec->lineDetail()->isVisible());
        screenshot(&w, QStringLiteral("execute-after"));

        // (3) A click on a step: that step's lines only; "Errors only" on a clean step says so.
        const int copyRow = exec->stepRow(QStringLiteral("copy-database:knowledge_db"));
        QVERIFY(copyRow >= 0);
        QTreeWidget *steps = exec->steps();
        QTreeWidgetItem *copyItem = steps->topLevelItem(copyRow);
        steps->scrollToItem(copyItem);
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(copyItem).center());
        LogFilter *filter = exec->logFilter();
        QCOMPARE(exec->stepFilter()->currentData().toInt(), copyRow);
        QVERIFY(filter->rowCount() > 0);
        QVERIFY(filter->rowCount() < log->rowCount());
        bool sawDump = false;
        for (int r = 0; r < filter->rowCount(); ++r) {
            QCOMPARE(filter->index(r, 0).data(LogModel::StepRole).toInt(), copyRow);
            sawDump = sawDump || filter->index(r, 0).data().toString().contains(QStringLiteral("pg_dump"));
        }
        QVERIFY(sawDump);
        QVERIFY(!exec->emptyNote()->isVisible());
        exec->levelFilter()->setCurrentIndex(exec->levelFilter()->findData(int(LogFilter::Show::Errors)));
        QCOMPARE(filter->rowCount(), 0);
        QVERIFY(exec->emptyNote()->isVisible());
        QCOMPARE(exec->emptyNote()->text(), QStringLiteral("No errors"));
        screenshot(&w, QStringLiteral("execute-no-errors"));
        // The way back: every step, every line.
        exec->stepFilter()->setCurrentIndex(exec->stepFilter()->findData(-1));
        QVERIFY(steps->selectedItems().isEmpty());
        exec->levelFilter()->setCurrentIndex(exec->levelFilter()->findData(int(LogFilter::Show::Everything)));
        QCOMPARE(filter->rowCount(), log->rowCount());
        QVERIFY(!exec->emptyNote()->isVisible());

        // (1) A difference planted on the target, found by Verify again; back on the Execute page, the
        // Verify step shows that result, not the run's.
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Verify));
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), QStringLiteral("knowledge_db"),
                   QStringLiteral("UPDATE documents SET title = title || ' (changed)' WHERE id = (SELECT min(id) FROM documents)"), &ok);
        QVERIFY(ok);
        QPushButton *again = nullptr;
        for (QPushButton *b : w.verifyPage()->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Verify again"))
                again = b;
        QVERIFY(again);
        QSignalSpy verified(w.verifyPage(), &VerifyPage::verified);
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(verified.wait(kRunTimeout));
        const SessionRecord record = w.state().session->record();
        QVERIFY(record.verification.summary.differs >= 1);
        w.back();
        QCOMPARE(w.currentId(), int(MigrationWizard::Execute));
        QTreeWidgetItem *verifyItem = steps->topLevelItem(verifyRow);
        QCOMPARE(verifyItem->text(1), wordOf(StepStatus::Failed));
        QVERIFY2(verifyItem->text(3).contains(QStringLiteral("%1 table(s) identical, %2 different")
                                                  .arg(record.verification.summary.equal)
                                                  .arg(record.verification.summary.differs)),
                 qPrintable(verifyItem->text(3)));
        QVERIFY(!verifyItem->data(1, Qt::UserRole + 1).isValid()); // no bar: not a share of work done
        // The overall bar: the weighted share of the steps done, every done step's own bar full.
        const Plan plan = w.state().session->plan();
        double total = 0, done = 0;
        for (int i = 0; i < plan.steps.size(); ++i) {
            total += plan.steps[i]->weight();
            if (i == verifyRow)
                continue;
            QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("100 %"));
            done += plan.steps[i]->weight();
        }
        QVERIFY(done > 0 && done < total);
        QCOMPARE(exec->overallBar()->value(), int(std::lround(1000 * done / total)));
        bool noted = false;
        for (QLabel *l : exec->findChildren<QLabel *>())
            noted = noted || (l->text().contains(QStringLiteral("Finished: Failed")) &&
                              l->text().contains(QStringLiteral("Verification found differences")));
        QVERIFY2(noted, "the status line does not say the session failed on the latest comparison's differences");
        screenshot(&w, QStringLiteral("execute-after-verify-again"));

        m_wizard.reset();
        QVERIFY(resetSandboxTarget());
    }
};

QTEST_MAIN(TstExecutePage)
#include "tst_execute_page.moc"

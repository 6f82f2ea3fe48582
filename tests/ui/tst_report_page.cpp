// The Report page after a stop-write migration that keeps the source's writes held: "Revert now" is offered
// for the hold, asks first (Cancel leaves the source read-only), then undoes it off the UI thread, says so,
// and the report re-read says nothing is left to revert; the source takes writes again. "Save reports" puts
// the four files into the folder given. Against the sandbox's demo servers. PGX_SCREENSHOT_DIR keeps
// pictures of the page.
#include "CliRun.h"
#include "DatabasesPage.h"
#include "EndpointForm.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "MigrationWizard.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "ReportPage.h"
#include "Sandbox.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const QString kDatabase = QStringLiteral("knowledge_db");

using WizardDriver::kRunTimeout;
using WizardDriver::kStepTimeout;
using WizardDriver::screenshot;

bool sourceTakesWrites()
{
    bool ok = false;
    sandboxSql(QStringLiteral("src"), kDatabase, QStringLiteral("BEGIN; CREATE TABLE pgx_write_probe(x int); ROLLBACK;"), &ok);
    return ok;
}

// Answers the next message box (the confirmation) with button, remembering its text.
void answerNextBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->objectName() + QLatin1Char('\n') + box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button)->click();
    });
}
} // namespace

class TstReportPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_sessions;
    std::unique_ptr<MigrationWizard> m_wizard;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(m_sessions.isValid());
    }

    void revertNowGivesTheSourceBack()
    {
        QVERIFY(resetSandboxTarget());
        m_wizard = WizardDriver::open(m_sessions.path());
        QVERIFY(m_wizard);
        MigrationWizard &w = *m_wizard;
        QVERIFY(WizardDriver::toRun(w, {kDatabase}, PlanOptions::Mode::StopWrite,
                                    [](ModePage *mode) { mode->holdWrites()->setChecked(true); })); // writes stay held after success
        QVERIFY(WizardDriver::run(w));
        QVERIFY2(isSuccess(*w.executePage()->outcome()), qPrintable(codeOf(*w.executePage()->outcome())));
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Report));
        ReportPage *page = w.reportPage();

        // The hold is in place, and the page offers to undo it.
        QVERIFY2(!sourceTakesWrites(), "the source takes writes although the user chose to hold them");
        QVERIFY(page->revertButton()->isVisible());
        QVERIFY2(page->revertResult()->text().contains(QStringLiteral("Still in place on the source")), qPrintable(page->revertResult()->text()));
        QVERIFY(page->view()->toPlainText().contains(QStringLiteral("Changes this session made on the source are still in place")));
        screenshot(&w, QStringLiteral("report-revert-offered"));

        // Cancel: nothing happens.
        QString asked;
        answerNextBox(QMessageBox::Cancel, &asked);
        QTest::mouseClick(page->revertButton(), Qt::LeftButton);
        QVERIFY2(asked.startsWith(QStringLiteral("revert-confirm\n")), qPrintable(asked));
        QVERIFY2(asked.contains(kDatabase), qPrintable(asked));   // it says what will be undone
        QVERIFY(!page->isReverting());
        QVERIFY(page->revertButton()->isVisible());
        QVERIFY(!sourceTakesWrites());

        // Confirmed: reverted off the UI thread, said on the page, the report re-read.
        asked.clear();
        answerNextBox(QMessageBox::Yes, &asked);
        QTest::mouseClick(page->revertButton(), Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReverting(), kStepTimeout);
        QVERIFY2(page->revertResult()->text().contains(QStringLiteral("Reverted")), qPrintable(page->revertResult()->text()));
        QVERIFY(page->revertResult()->isVisible());
        QVERIFY(!page->revertButton()->isVisible());
        QVERIFY2(sourceTakesWrites(), "the source stayed read-only after Revert now");
        const QString text = page->view()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("every change this session made there has been reverted")), qPrintable(text.left(3000)));
        for (const auto &c : w.state().session->record().changes)
            QVERIFY(c.reverted);
        screenshot(&w, QStringLiteral("report-reverted"));
    }

    void saveReportsIntoAChosenFolder()
    {
        QVERIFY(m_wizard);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QStringList written;
        QString error;
        QVERIFY2(m_wizard->reportPage()->saveReports(folder.path(), &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 4);
        for (const QString &name : {QStringLiteral("report.html"), QStringLiteral("report.md"), QStringLiteral("report.json"),
                                    QStringLiteral("report.pdf")}) {
            const QString path = QDir(folder.path()).filePath(name);
            QVERIFY2(written.contains(path), qPrintable(path));
            QVERIFY(QFileInfo(path).size() > 100);
        }
        // The session folder has them too, and the record is the session's.
        const QString dir = m_wizard->state().session->dir();
        QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("report.pdf"))));
        QFile json(QDir(folder.path()).filePath(QStringLiteral("report.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(json.readAll().contains(m_wizard->state().session->record().id.toUtf8()));
        m_wizard.reset();
        QVERIFY(resetSandboxTarget());
    }
};

QTEST_MAIN(TstReportPage)
#include "tst_report_page.moc"

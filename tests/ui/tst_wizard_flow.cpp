// The wizard driven like a DBA would, against the sandbox's real servers: the demo's local mode and SSH
// into the hosts' docker containers. Hosts are tested, preflight passes, a stop-write migration runs, every table
// is equal in the diff, a broken target row is found by key on "Verify again", and the four reports are
// saved and read back. Saves page screenshots when PGX_SCREENSHOT_DIR is set (the README's pictures).
#include "CliRun.h"
#include "FaultChecks.h"
#include "DatabasesPage.h"
#include "EndpointForm.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "Language.h"
#include "LogModel.h"
#include "MigrationWizard.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "ReportPage.h"
#include "Sandbox.h"
#include "StartPage.h"
#include "model/PlanFile.h"
#include "model/SessionRecord.h"
#include "secrets/MemorySecretStore.h"
#include "VerifyPage.h"
#include "WizardDriver.h"
#include "LogFilter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QElapsedTimer>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const int kStepTimeout = 120000;
const int kRunTimeout = 600000;

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PGX_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TstWizardFlow : public QObject {
    Q_OBJECT

    QTemporaryDir m_sessions;
    std::unique_ptr<MigrationWizard> m_wizard;

    // Hosts → Report for whatever the Hosts page holds; leaves m_wizard on the Verify page.
    void migrateThroughTheWizard(const QString &shotPrefix)
    {
        MigrationWizard &w = *m_wizard;
        QCOMPARE(w.currentId(), int(MigrationWizard::Hosts));
        HostsPage *hosts = w.hostsPage();
        QTest::mouseClick(hosts->sourceForm()->findChild<QPushButton *>(QStringLiteral("test-source")), Qt::LeftButton);
        QTest::mouseClick(hosts->targetForm()->findChild<QPushButton *>(QStringLiteral("test-target")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(hosts->isComplete(), kStepTimeout);
        QVERIFY2(hosts->sourceForm()->resultText().contains(QStringLiteral("PostgreSQL 15")), qPrintable(hosts->sourceForm()->resultText()));
        QVERIFY(hosts->targetForm()->resultText().contains(QStringLiteral("free")));
        screenshot(&w, shotPrefix + QStringLiteral("hosts"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Databases));
        DatabasesPage *dbs = w.databasesPage();
        dbs->select({QStringLiteral("account"), QStringLiteral("knowledge_db"), QStringLiteral("ai_learning_companion"),
                     Sandbox::instance().value(QStringLiteral("PGX_HOSTILE_DB"))});
        QVERIFY(dbs->isComplete());
        // The size breakdown of the selected database arrives off the UI thread.
        QTRY_VERIFY2_WITH_TIMEOUT(dbs->tableSizes()->rowCount() > 0, qPrintable(dbs->tablesTitle()->text()), kStepTimeout);
        screenshot(&w, shotPrefix + QStringLiteral("databases"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Mode));
        ModePage *mode = w.modePage();
        mode->chooseMode(int(PlanOptions::Mode::StopWrite));
        mode->holdWrites()->setChecked(true);
        QVERIFY(mode->summary()->text().contains(QStringLiteral("Source")));
        screenshot(&w, shotPrefix + QStringLiteral("mode"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Preflight));
        PreflightPage *pre = w.preflightPage();
        QTRY_VERIFY2_WITH_TIMEOUT(!pre->isRunning() && pre->checkCount() > 0, qPrintable(pre->summary()->text()),
                                  kStepTimeout);
        if (pre->acknowledge()->isVisibleTo(pre))
            pre->acknowledge()->setChecked(true);
        QVERIFY(!pre->isComplete()); // nothing runs before the explicit confirmation
        QVERIFY(pre->planSummary()->text().contains(QStringLiteral("Source")));
        pre->confirmation()->setChecked(true);
        QVERIFY2(pre->isComplete(), "a preflight blocker failed on a healthy sandbox");
        // Each row shows its status icon (the theme's, or the bundled one offscreen).
        QVERIFY(!pre->checkItem(0)->icon(0).pixmap(16).isNull());
        screenshot(&w, shotPrefix + QStringLiteral("preflight"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Execute));
        ExecutePage *exec = w.executePage();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        if (!isSuccess(*exec->outcome())) {
            for (int r = qMax(0, exec->log()->rowCount() - 40); r < exec->log()->rowCount(); ++r)
                qWarning().noquote() << exec->log()->text(r);
        }
        QVERIFY2(isSuccess(*exec->outcome()), qPrintable(codeOf(*exec->outcome())));
        // Every command shows in the live log, and no password does.
        QString log;
        for (int r = 0; r < exec->log()->rowCount(); ++r)
            log += exec->log()->text(r) + QLatin1Char('\n');
        QVERIFY(log.contains(QStringLiteral("pg_dump")));
        QVERIFY(!log.contains(Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD"))));
        for (int i = 0; i < exec->steps()->topLevelItemCount(); ++i)
            QVERIFY2(exec->steps()->topLevelItem(i)->text(1) == QStringLiteral("100 %"),
                     qPrintable(exec->steps()->topLevelItem(i)->text(0)));
        // The picture with the whole pg_dump line selected and read in the pane below the log.
        const QModelIndex dump = exec->logFilter()->mapFromSource(exec->log()->index(WizardDriver::longestCommand(exec, QStringLiteral("pg_dump"))));
        QVERIFY(dump.isValid());
        exec->logView()->scrollTo(dump);
        exec->logView()->setCurrentIndex(dump);
        QVERIFY(exec->lineDetail()->toPlainText().contains(QStringLiteral("pg_dump")));
        screenshot(&w, shotPrefix + QStringLiteral("execute"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Verify));
        VerifyPage *verify = w.verifyPage();
        QVERIFY(verify->tables()->rowCount() >= 8);
        for (int r = 0; r < verify->tables()->rowCount(); ++r)
            QVERIFY2(verify->tables()->item(r, 7)->text() == QStringLiteral("Identical"),
                     qPrintable(verify->tables()->item(r, 2)->text() + QStringLiteral(": ") + verify->tables()->item(r, 7)->text()));
        QVERIFY(verify->summary()->text().contains(QStringLiteral("Identical")));
        QVERIFY(verify->inventory()->rowCount() > 0);
        screenshot(&w, shotPrefix + QStringLiteral("verify"));
    }

    void saveAndCheckReports(const QString &shotPrefix)
    {
        MigrationWizard &w = *m_wizard;
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Report));
        QStringList written;
        QString error;
        QVERIFY2(w.reportPage()->saveReports(&written, &error), qPrintable(error));
        QCOMPARE(written.size(), 4);
        const QString dir = w.state().session->dir();
        QFile json(dir + QStringLiteral("/report.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(json.readAll()).object();
        QVERIFY(record.value(QStringLiteral("outcome")).toString().startsWith(QStringLiteral("succeeded")));
        QCOMPARE(record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
        for (const QString &ext : {QStringLiteral("html"), QStringLiteral("md")}) {
            QFile f(dir + QStringLiteral("/report.") + ext);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY2(text.contains(QStringLiteral("knowledge_db")) && text.contains(QStringLiteral("Stop-write")), qPrintable(ext));
            QVERIFY(!text.contains(Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD"))));
        }
        QFile pdf(dir + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 2000);
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        // The README's pictures of the PDF are its first two pages (pdftoppm).
        if (const QString shots = qEnvironmentVariable("PGX_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QFile::remove(shots + QLatin1Char('/') + shotPrefix + QStringLiteral("report.pdf"));
            QVERIFY(QFile::copy(pdf.fileName(), shots + QLatin1Char('/') + shotPrefix + QStringLiteral("report.pdf")));
        }
        QVERIFY(w.reportPage()->view()->toPlainText().contains(QStringLiteral("knowledge_db")));
        screenshot(&w, shotPrefix + QStringLiteral("report"));
        // The exported plan runs headlessly and holds no secret.
        const QString plan = m_sessions.filePath(shotPrefix + QStringLiteral("plan.json"));
        QVERIFY2(w.reportPage()->exportPlan(plan, &error), qPrintable(error));
        QFile p(plan);
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray planText = p.readAll();
        QVERIFY(planText.contains("\"stop-write\""));
        QVERIFY(!planText.contains(Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD")).toUtf8()));
    }

    // Stop-write keeps the source read-only after success (the applications move to the target); the hold
    // is recorded, and the report's revert command takes it back. Run it, as a DBA would.
    void revertTheWriteHold()
    {
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("account"), QStringLiteral("BEGIN; CREATE TABLE pgx_write_probe(x int); ROLLBACK;"), &ok);
        QVERIFY2(!ok, "the source takes writes although the user chose to hold them");
        const SessionRecord record = m_wizard->state().session->record();
        QVERIFY(!record.changes.isEmpty());
        const CliRun r = CliRun::run({QStringLiteral("revert"), QStringLiteral("--session"), m_wizard->state().session->recordPath()},
                                     cliEnv({{QStringLiteral("PGCROSSING_SOURCE_PGPASSWORD"), Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD"))}}),
                                     QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        sandboxSql(QStringLiteral("src"), QStringLiteral("account"), QStringLiteral("BEGIN; CREATE TABLE pgx_write_probe(x int); ROLLBACK;"), &ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("the source stayed read-only after revert: ") + r.all()));
    }

    // Start (demo) → Hosts → Databases → Mode → Preflight, confirmed; screenshots when shotPrefix is set.
    void demoUpToRun(const QStringList &databases, PlanOptions::Mode mode, const QString &shotPrefix)
    {
        MigrationWizard &w = *m_wizard;
        w.setDemoEnvironment(Sandbox::instance().dir() + QStringLiteral("/env"));
        if (!shotPrefix.isEmpty())
            screenshot(&w, shotPrefix + QStringLiteral("start"));
        w.next();
        w.hostsPage()->sourceForm()->testConnection();
        w.hostsPage()->targetForm()->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), kStepTimeout);
        if (!shotPrefix.isEmpty())
            screenshot(&w, shotPrefix + QStringLiteral("hosts"));
        w.next();
        w.databasesPage()->select(databases);
        QTRY_VERIFY_WITH_TIMEOUT(w.databasesPage()->tableSizes()->rowCount() > 0, kStepTimeout);
        if (!shotPrefix.isEmpty())
            screenshot(&w, shotPrefix + QStringLiteral("databases"));
        w.next();
        w.modePage()->chooseMode(int(mode));
        if (!shotPrefix.isEmpty())
            screenshot(&w, shotPrefix + QStringLiteral("mode"));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(!w.preflightPage()->isRunning() && w.preflightPage()->checkCount() > 0, kStepTimeout);
        if (w.preflightPage()->acknowledge()->isVisibleTo(w.preflightPage()))
            w.preflightPage()->acknowledge()->setChecked(true);
        w.preflightPage()->confirmation()->setChecked(true);
        QVERIFY(w.preflightPage()->isComplete());
        if (!shotPrefix.isEmpty())
            screenshot(&w, shotPrefix + QStringLiteral("preflight"));
    }

    void openWizard()
    {
        m_wizard = std::make_unique<MigrationWizard>();
        m_wizard->setSessionsRoot(m_sessions.path());
        m_wizard->resize(1024, 700); // the smallest window the pages are laid out for (and the README pictures)
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // profiles go to a test settings file, not the user's
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(m_sessions.isValid());
    }

    void demoLocalStopWrite()
    {
        QVERIFY(resetSandboxTarget());
        openWizard();
        m_wizard->setDemoEnvironment(Sandbox::instance().dir() + QStringLiteral("/env"));
        screenshot(m_wizard.get(), QStringLiteral("local-start"));
        m_wizard->next();
        migrateThroughTheWizard(QStringLiteral("local-"));
        saveAndCheckReports(QStringLiteral("local-"));
        revertTheWriteHold();
    }

    void sshIntoContainerStopWrite()
    {
        QVERIFY(resetSandboxTarget());
        openWizard();
        MigrationWizard &w = *m_wizard;
        w.next(); // New migration
        QCOMPARE(w.currentId(), int(MigrationWizard::Hosts));
        const Sandbox &s = Sandbox::instance();
        w.hostsPage()->sourceForm()->setEndpoint(sandboxSshEndpoint(QStringLiteral("source"), QStringLiteral("PGX_SRC_SSH_HOST"),
                                                             s.intValue(QStringLiteral("PGX_SRC_PGPORT"))), sandboxPgSecret());
        w.hostsPage()->targetForm()->setEndpoint(sandboxSshEndpoint(QStringLiteral("target"), QStringLiteral("PGX_DST_SSH_HOST"),
                                                             s.intValue(QStringLiteral("PGX_DST_PGPORT"))), sandboxPgSecret());
        migrateThroughTheWizard(QString());
        saveAndCheckReports(QString());
        revertTheWriteHold();
    }

    // Must show 2: one row changed on the target after the migration is found, with its key.
    void brokenTargetRowIsFoundByKey()
    {
        QVERIFY(m_wizard);
        MigrationWizard &w = *m_wizard;
        w.back();
        QCOMPARE(w.currentId(), int(MigrationWizard::Verify));
        bool ok = false;
        const QString id = sandboxSql(QStringLiteral("dst"), QStringLiteral("account"), QStringLiteral("SELECT min(id) + 3 FROM users"), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("dst"), QStringLiteral("account"),
                   QStringLiteral("ALTER TABLE users DISABLE TRIGGER ALL; UPDATE users SET email = email || '.changed' WHERE id = %1").arg(id), &ok);
        QVERIFY(ok);
        VerifyPage *verify = w.verifyPage();
        QSignalSpy done(verify, &VerifyPage::verified);
        verify->verifyAgain();
        QVERIFY(done.wait(kRunTimeout));
        int differing = 0;
        for (int r = 0; r < verify->tables()->rowCount(); ++r)
            if (verify->tables()->item(r, 7)->text() != QStringLiteral("Identical"))
                ++differing;
        QCOMPARE(differing, 1);
        const int row = verify->rowOf(QStringLiteral("account"), QStringLiteral("public"), QStringLiteral("users"));
        QVERIFY(row >= 0);
        QCOMPARE(verify->tables()->item(row, 7)->text(), QStringLiteral("Different"));
        QVERIFY(verify->summary()->text().contains(QStringLiteral("1 differ")));
        verify->filter(VerifyPage::Show::Identical)->setChecked(false);
        int visible = 0;
        for (int r = 0; r < verify->tables()->rowCount(); ++r)
            visible += verify->tables()->isRowHidden(r) ? 0 : 1;
        QCOMPARE(visible, 1);
        verify->tables()->selectRow(row);
        QVERIFY2(verify->details()->toPlainText().contains(id), qPrintable(verify->details()->toPlainText()));
        screenshot(&w, QStringLiteral("verify-differs"));
    }

    // The target already holds these databases: preflight blocks and Next stays disabled; renamed on the
    // Databases page, the same databases pass. The Detect button lists the target host's containers.
    void takenNamesBlockUntilRenamed()
    {
        bool ok = false;
        if (sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                       QStringLiteral("SELECT 1 FROM pg_database WHERE datname = 'knowledge_db'"), &ok).trimmed().isEmpty())
            sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE knowledge_db"), &ok);
        QVERIFY(ok);
        openWizard();
        MigrationWizard &w = *m_wizard;
        const Sandbox &s = Sandbox::instance();
        w.startPage()->chooseNew();
        w.next();
        EndpointForm *dstForm = w.hostsPage()->targetForm();
        w.hostsPage()->sourceForm()->setEndpoint(sandboxSshEndpoint(QStringLiteral("source"), QStringLiteral("PGX_SRC_SSH_HOST"),
                                                             s.intValue(QStringLiteral("PGX_SRC_PGPORT"))), sandboxPgSecret());
        Endpoint dst = sandboxSshEndpoint(QStringLiteral("target"), QStringLiteral("PGX_DST_SSH_HOST"), s.intValue(QStringLiteral("PGX_DST_PGPORT")));
        dst.container = QStringLiteral("not-yet-chosen");
        dstForm->setEndpoint(dst, sandboxPgSecret());
        auto *container = dstForm->findChild<QComboBox *>(QStringLiteral("container"));
        QVERIFY(container);
        QTest::mouseClick(dstForm->findChild<QPushButton *>(QStringLiteral("detect")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(container->count(), 1, kStepTimeout);
        QCOMPARE(container->itemText(0), s.value(QStringLiteral("PGX_CONTAINER")));
        container->setCurrentIndex(0);
        w.hostsPage()->sourceForm()->testConnection();
        dstForm->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), kStepTimeout);
        w.next();
        DatabasesPage *dbs = w.databasesPage();
        dbs->select({QStringLiteral("knowledge_db")});
        QTreeWidgetItem *item = dbs->databaseList()->findItems(QStringLiteral("knowledge_db"), Qt::MatchExactly).value(0);
        QVERIFY(item);
        QVERIFY2(item->text(3).contains(QStringLiteral("exists")), qPrintable(item->text(3)));
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Mode));
        w.next();
        PreflightPage *pre = w.preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!pre->isRunning() && pre->checkCount() > 0, kStepTimeout);
        QVERIFY(!pre->isComplete());
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        bool blocker = false;
        for (int i = 0; i < pre->checkCount(); ++i)
            blocker = blocker || (pre->checkItem(i)->data(1, Qt::UserRole).toString() == QStringLiteral("blocker") &&
                                  pre->checkItem(i)->data(0, PreflightPage::DatabaseRole).toString() == QStringLiteral("knowledge_db") &&
                                  pre->checkItem(i)->parent()->text(0).startsWith(QStringLiteral("Database knowledge_db")));
        QVERIFY(blocker);
        screenshot(&w, QStringLiteral("preflight-blocker"));
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(MigrationWizard::Databases));
        item->setText(2, QStringLiteral("knowledge_db_v2"));
        w.next();
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(!pre->isRunning() && pre->checkCount() > 0, kStepTimeout);
        pre->confirmation()->setChecked(true);
        QVERIFY(pre->isComplete());
        QCOMPARE(w.state().options.databases.value(0).target, QStringLiteral("knowledge_db_v2"));
    }

    // The jieba_search case (stand-in extension, see tests/support): the checklist blocks on it and offers
    // "Fix this"; one click chooses the fix-up, the checks run again, the row becomes a warning to
    // acknowledge, and the Mode page says the copy touches the source.
    void textSearchBlockerIsFixedFromTheChecklist()
    {
        const QString db = QStringLiteral("pgx_jieba_wizard");
        // Whatever happens below, the stand-in's files and the database do not outlive the test.
        const auto cleanup = qScopeGuard([this, db] {
            m_wizard.reset();
            sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
            removeJiebaStandIn();
        });
        QVERIFY(installJiebaStandIn());
        QVERIFY(createJiebaCase(db));
        openWizard();
        MigrationWizard &w = *m_wizard;
        w.setDemoEnvironment(Sandbox::instance().dir() + QStringLiteral("/env"));
        w.next();
        w.hostsPage()->sourceForm()->testConnection();
        w.hostsPage()->targetForm()->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), kStepTimeout);
        w.next();
        w.databasesPage()->select({db});
        w.next();
        w.modePage()->chooseMode(int(PlanOptions::Mode::Copy));
        w.next();
        PreflightPage *pre = w.preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!pre->isRunning() && pre->checkCount() > 0, kStepTimeout);
        const auto row = [pre] {
            for (int i = 0; i < pre->checkCount(); ++i)
                if (pre->checkItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("source.text-search"))
                    return pre->checkItem(i);
            return static_cast<QTreeWidgetItem *>(nullptr);
        };
        QVERIFY(row());
        QCOMPARE(row()->data(1, Qt::UserRole).toString(), QStringLiteral("blocker"));
        QVERIFY2(row()->text(PreflightPage::FoundCol).contains(QStringLiteral("content_tsv")), qPrintable(row()->text(PreflightPage::FoundCol)));
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());

        // `pgcrossing-cli check` on the same pair and database prints the same rows, in the same order, and
        // exits with the blocker code.
        const CliRun cli = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), db), sandboxPgEnv(), m_sessions.filePath(QStringLiteral("cli-check")));
        QCOMPARE(cli.exitCode, 2);
        const QJsonArray cliRows = cli.record.value(QStringLiteral("preflight")).toArray();
        QCOMPARE(cliRows.size(), pre->checkCount());
        for (int i = 0; i < cliRows.size(); ++i) {
            const QJsonObject c = cliRows[i].toObject();
            QTreeWidgetItem *item = pre->checkItem(i);
            QCOMPARE(item->data(0, Qt::UserRole).toString(), c.value(QStringLiteral("id")).toString());
            QCOMPARE(item->text(PreflightPage::CheckCol), c.value(QStringLiteral("title")).toString());
            QVERIFY2(cli.out.contains(c.value(QStringLiteral("title")).toString()), qPrintable(cli.out));
        }
        auto *fix = pre->findChild<QPushButton *>(QStringLiteral("fixButton"));
        QVERIFY(fix);
        pre->checklist()->setCurrentItem(row());
        QVERIFY(fix->isEnabled());
        screenshot(&w, QStringLiteral("preflight-fix"));
        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pre->isRunning() && row() != nullptr, kStepTimeout);
        QCOMPARE(row()->data(1, Qt::UserRole).toString(), QStringLiteral("warning"));
        QVERIFY(w.state().options.fixTextSearch);
        QVERIFY(pre->acknowledge()->isVisible());
        pre->acknowledge()->setChecked(true);
        // What will be touched now says the copy changes the source (the loan), before Run is offered.
        QVERIFY2(pre->planSummary()->text().contains(QStringLiteral("changed by: Copy database %1").arg(db)), qPrintable(pre->planSummary()->text()));
        pre->confirmation()->setChecked(true);
        QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
        screenshot(&w, QStringLiteral("mode-fix"));
    }

    // The Start page lists the sessions run so far (newest first, with their verdict) and reopens one
    // on its report.
    void pastSessionsAreListedAndReopen()
    {
        openWizard();
        MigrationWizard &w = *m_wizard;
        QTreeWidget *history = w.startPage()->history();
        QCOMPARE(history->topLevelItemCount(), 2); // the local and the SSH migrations above
        QVERIFY2(history->topLevelItem(0)->text(1).contains(QStringLiteral("127.0.0.2")), qPrintable(history->topLevelItem(0)->text(1)));
        QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("Stop-write (maintenance window)"));
        QCOMPARE(history->topLevelItem(0)->text(5), QStringLiteral("Different")); // verified again after the broken row
        QCOMPARE(history->topLevelItem(0)->text(4), QStringLiteral("Failed"));    // and so never Succeeded
        QCOMPARE(history->topLevelItem(1)->text(5), QStringLiteral("Identical"));
        screenshot(&w, QStringLiteral("start"));
        history->setCurrentItem(history->topLevelItem(1));
        w.next();
        // It opens on its diff, which can be compared again (the password comes from the keychain
        // when it was remembered; the sandbox's source and target use the same one).
        QCOMPARE(w.currentId(), int(MigrationWizard::Verify));
        QVERIFY(w.verifyPage()->summary()->text().contains(QStringLiteral("Identical")));
        QVERIFY(w.verifyPage()->tables()->rowCount() >= 8);
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Report));
        QVERIFY(w.reportPage()->view()->toPlainText().contains(QStringLiteral("knowledge_db")));
    }

    // Cancel (as the confirmed button does) while a database is being copied, then Resume: the run
    // stops cleanly, says so, and resumes from the first unfinished step to an equal diff.
    void cancelThenResume()
    {
        QVERIFY(resetSandboxTarget());
        openWizard();
        MigrationWizard &w = *m_wizard;
        demoUpToRun({QStringLiteral("ai_learning_companion"), QStringLiteral("knowledge_db")}, PlanOptions::Mode::Copy, QString());
        ExecutePage *exec = w.executePage();
        // Cancel as soon as the first copy starts.
        QObject::connect(exec->steps(), &QTreeWidget::itemChanged, exec, [exec](QTreeWidgetItem *item, int column) {
            if (column == 1 && item->text(0).startsWith(QStringLiteral("Copy database")) && exec->isRunning())
                exec->cancelRun(false);
        });
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        QCOMPARE(*exec->outcome(), SessionOutcome::Cancelled);
        QVERIFY(!w.button(QWizard::BackButton)->isEnabled() || w.currentId() == int(MigrationWizard::Execute));
        exec->steps()->disconnect(exec);
        exec->resume();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome() && (isSuccess(*exec->outcome()) || *exec->outcome() == SessionOutcome::Failed), kRunTimeout);
        QVERIFY2(isSuccess(*exec->outcome()), qPrintable(codeOf(*exec->outcome())));
        w.next();
        QVERIFY(w.verifyPage()->summary()->text().contains(QStringLiteral("Identical")));
        QVERIFY(resetSandboxTarget());
    }

    // Closing the window while commands run asks first; "No" keeps the run going, "Yes" cancels it
    // cleanly (the record says cancelled) and closes.
    void closingDuringARunAsksThenCancels()
    {
        QVERIFY(resetSandboxTarget());
        openWizard();
        MigrationWizard &w = *m_wizard;
        demoUpToRun({QStringLiteral("ai_learning_companion"), QStringLiteral("knowledge_db")}, PlanOptions::Mode::Copy, QString());
        ExecutePage *exec = w.executePage();
        bool asked = false;
        auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, &w, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = true;
                box->button(button)->click();
            });
        };
        bool closedOnce = false;
        QObject::connect(exec->steps(), &QTreeWidget::itemChanged, exec, [&](QTreeWidgetItem *item, int column) {
            if (closedOnce || column != 1 || !item->text(0).startsWith(QStringLiteral("Copy database")) || !exec->isRunning())
                return;
            closedOnce = true;
            answer(QMessageBox::No);
            QVERIFY(!w.close());       // "No": the window stays
            QVERIFY(asked);
            QVERIFY(w.isVisible());
            asked = false;
            answer(QMessageBox::Yes);
            QVERIFY(w.close());        // "Yes": cancelled, then closed
            QVERIFY(asked);
        });
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(closedOnce && !w.isVisible(), kRunTimeout);
        QVERIFY(!exec->isRunning());
        QCOMPARE(w.state().session->record().outcome(), SessionOutcome::Cancelled);
        exec->steps()->disconnect(exec);
        QVERIFY(resetSandboxTarget());
    }

    // The last profiles come back without their passwords; a password comes back only from the secret
    // store, and only when "remember" was ticked.
    void profilesAndRememberedPasswordsComeBack()
    {
        const Sandbox &s = Sandbox::instance();
        auto store = std::make_shared<MemorySecretStore>();
        openWizard();
        m_wizard->hostsPage()->setSecretStore(store);
        m_wizard->startPage()->chooseNew();
        m_wizard->next();
        Endpoint src;
        src.role = QStringLiteral("source");
        src.pg.host = s.value(QStringLiteral("PGX_PG_HOST"));
        src.pg.port = s.intValue(QStringLiteral("PGX_SRC_PGPORT"));
        Endpoint dst = src;
        dst.role = QStringLiteral("target");
        dst.pg.port = s.intValue(QStringLiteral("PGX_DST_PGPORT"));
        HostsPage *hosts = m_wizard->hostsPage();
        hosts->sourceForm()->setEndpoint(src, sandboxPgSecret());
        hosts->targetForm()->setEndpoint(dst, sandboxPgSecret());
        hosts->sourceForm()->setRemember(true);   // the source's password is remembered, the target's not
        hosts->targetForm()->setRemember(false);
        QVERIFY(hosts->validatePage());
        QByteArray kept;
        QCOMPARE(store->read(src.secretKey() + QStringLiteral("/pg"), &kept), SecretStore::Result::Ok);
        QCOMPARE(kept, sandboxPgSecret().pgPassword);
        QCOMPARE(store->read(dst.secretKey() + QStringLiteral("/pg"), &kept), SecretStore::Result::NotFound);
        const QByteArray profile = QSettings().value(QStringLiteral("profiles/source")).toByteArray();
        QVERIFY(profile.contains("55432") || profile.contains(QByteArray::number(src.pg.port)));
        QVERIFY(!profile.contains(sandboxPgSecret().pgPassword));

        openWizard(); // as after a restart
        m_wizard->hostsPage()->setSecretStore(store);
        m_wizard->startPage()->chooseNew();
        m_wizard->next();
        QCOMPARE(m_wizard->hostsPage()->sourceForm()->endpoint().pg.port, src.pg.port);
        QCOMPARE(m_wizard->hostsPage()->sourceForm()->secrets().pgPassword, sandboxPgSecret().pgPassword);
        QVERIFY(m_wizard->hostsPage()->sourceForm()->remember());
        QCOMPARE(m_wizard->hostsPage()->targetForm()->endpoint().pg.port, dst.pg.port);
        QVERIFY(m_wizard->hostsPage()->targetForm()->secrets().pgPassword.isEmpty());
    }

    // Must show 3: wrong password, unknown host key, missing container — each said on the Hosts page,
    // and Next stays disabled.
    void hostsPageRefusesBadInput()
    {
        openWizard();
        MigrationWizard &w = *m_wizard;
        w.next();
        HostsPage *hosts = w.hostsPage();
        EndpointForm *src = hosts->sourceForm();
        EndpointForm *dst = hosts->targetForm();
        const Sandbox &s = Sandbox::instance();

        // Wrong PostgreSQL password, local.
        Endpoint local;
        local.role = QStringLiteral("source");
        local.pg.host = s.value(QStringLiteral("PGX_PG_HOST"));
        local.pg.port = s.intValue(QStringLiteral("PGX_SRC_PGPORT"));
        local.pg.binDir = s.value(QStringLiteral("PGX_PG_BINDIR"));
        EndpointSecrets wrong;
        wrong.pgPassword = "not-the-password";
        src->setEndpoint(local, wrong);
        QSignalSpy srcDone(src, &EndpointForm::testFinished);
        src->testConnection();
        QVERIFY(srcDone.wait(kStepTimeout));
        QVERIFY2(src->resultText().contains(QStringLiteral("password authentication failed")), qPrintable(src->resultText()));
        QVERIFY(src->resultText().contains(QStringLiteral("password")));
        QVERIFY(!hosts->isComplete());
        screenshot(&w, QStringLiteral("hosts-wrong-password"));

        // Unknown host key: a dialog shows the fingerprint; cancelling it trusts nothing.
        QTemporaryDir empty;
        Endpoint unknown = sandboxSshEndpoint(QStringLiteral("target"), QStringLiteral("PGX_DST_SSH_HOST"), s.intValue(QStringLiteral("PGX_DST_PGPORT")));
        unknown.ssh.knownHostsFile = empty.filePath(QStringLiteral("known_hosts"));
        dst->setEndpoint(unknown, sandboxPgSecret());
        QSignalSpy question(dst, &EndpointForm::hostKeyQuestion);
        dst->testConnection();
        QVERIFY(question.wait(kStepTimeout));
        const QString fp = s.value(QStringLiteral("PGX_SSH_HOSTKEY_FP_DST"));
        QCOMPARE(question.first().first().toString(), fp);
        auto *box = dst->findChild<QMessageBox *>(QStringLiteral("hostKeyDialog"));
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(fp));
        screenshot(box, QStringLiteral("hosts-unknown-key"));
        box->reject();
        QVERIFY(!dst->isReady());
        QVERIFY(!hosts->isComplete());
        QVERIFY(!QFile::exists(unknown.ssh.knownHostsFile) || !QFile(unknown.ssh.knownHostsFile).size());

        // A changed host key is refused outright, with an explanation.
        QFile forged(unknown.ssh.knownHostsFile);
        QVERIFY(forged.open(QIODevice::WriteOnly));
        QFile srcKey(s.dir() + QStringLiteral("/hosts/src/ssh_host_ed25519_key.pub"));
        QVERIFY2(srcKey.open(QIODevice::ReadOnly), qPrintable(srcKey.fileName()));
        {
            const QList<QByteArray> parts = srcKey.readAll().split(' ');
            forged.write("[" + s.value(QStringLiteral("PGX_DST_SSH_HOST")).toUtf8() + "]:" + s.value(QStringLiteral("PGX_SSH_PORT")).toUtf8() +
                         " " + parts.value(0) + " " + parts.value(1).trimmed() + "\n");
            forged.close();
            QSignalSpy changed(dst, &EndpointForm::testFinished);
            dst->setEndpoint(unknown, sandboxPgSecret());
            dst->testConnection();
            QVERIFY(changed.wait(kStepTimeout));
            QVERIFY2(dst->resultText().contains(QStringLiteral("known_hosts")), qPrintable(dst->resultText()));
            for (const QMessageBox *b : dst->findChildren<QMessageBox *>(QStringLiteral("hostKeyDialog")))
                QVERIFY2(!b->isVisible(), "a changed host key must be refused, not offered for trust");
            QVERIFY(!hosts->isComplete());
        }

        // Missing container.
        Endpoint missing = sandboxSshEndpoint(QStringLiteral("target"), QStringLiteral("PGX_DST_SSH_HOST"), s.intValue(QStringLiteral("PGX_DST_PGPORT")));
        missing.container = QStringLiteral("postgresql-svc-nope");
        dst->setEndpoint(missing, sandboxPgSecret());
        QSignalSpy dstDone(dst, &EndpointForm::testFinished);
        dst->testConnection();
        QVERIFY(dstDone.wait(kStepTimeout));
        QVERIFY2(dst->resultText().contains(QStringLiteral("postgresql-svc-nope")) &&
                     dst->resultText().contains(s.value(QStringLiteral("PGX_CONTAINER"))),
                 qPrintable(dst->resultText()));
        QVERIFY(!hosts->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        screenshot(&w, QStringLiteral("hosts-errors"));
        // The smallest window it is meant for: everything still reachable (the sides scroll).
        w.resize(1024, 700);
        QTRY_COMPARE(w.size(), QSize(1024, 700));
        QVERIFY(w.button(QWizard::NextButton)->isVisible());
        screenshot(&w, QStringLiteral("hosts-1024x700"));
    }

    // Must show 2 (issue 9): the target already holds the database; the Databases page says so, replace is
    // chosen on the Mode page, the checklist then passes with a warning, the run renames the old database
    // aside (never dropped) and the copy verifies equal.
    void takenNameIsReplacedInTheWizard()
    {
        QVERIFY(resetSandboxTarget());
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE knowledge_db"), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("dst"), QStringLiteral("knowledge_db"), QStringLiteral("CREATE TABLE keep_me AS SELECT 1 AS x"), &ok);
        QVERIFY(ok);
        openWizard();
        MigrationWizard &w = *m_wizard;
        w.setDemoEnvironment(Sandbox::instance().dir() + QStringLiteral("/env"));
        w.next();
        w.hostsPage()->sourceForm()->testConnection();
        w.hostsPage()->targetForm()->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), kStepTimeout);
        w.next();
        DatabasesPage *dbs = w.databasesPage();
        dbs->select({QStringLiteral("knowledge_db")});
        QTreeWidgetItem *item = dbs->databaseList()->findItems(QStringLiteral("knowledge_db"), Qt::MatchExactly).value(0);
        QVERIFY(item);
        QVERIFY2(item->text(3).contains(QStringLiteral("exists")), qPrintable(item->text(3)));
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Mode));
        w.modePage()->chooseMode(int(PlanOptions::Mode::Copy));
        w.modePage()->replace()->setChecked(true);
        QVERIFY(w.modePage()->summary()->text().contains(QStringLiteral("renamed aside")));
        w.next();
        PreflightPage *pre = w.preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!pre->isRunning() && pre->checkCount() > 0, kStepTimeout);
        QString freeNames;
        for (int i = 0; i < pre->checkCount(); ++i)
            if (pre->checkItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("target.free-names"))
                freeNames = pre->checkItem(i)->data(1, Qt::UserRole).toString();
        QCOMPARE(freeNames, QStringLiteral("warning"));
        QVERIFY(pre->acknowledge()->isVisible());
        pre->acknowledge()->setChecked(true);
        pre->confirmation()->setChecked(true);
        QVERIFY(pre->isComplete());
        screenshot(&w, QStringLiteral("preflight-replace"));
        w.next();
        ExecutePage *exec = w.executePage();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        QVERIFY2(isSuccess(*exec->outcome()), qPrintable(codeOf(*exec->outcome())));
        w.next();
        QVERIFY(w.verifyPage()->summary()->text().contains(QStringLiteral("Identical")));
        const QString aside = sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                                         QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'knowledge_db_pgx_old_%'"), &ok).trimmed();
        QVERIFY2(aside.startsWith(QStringLiteral("knowledge_db_pgx_old_")), qPrintable(aside));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), aside, QStringLiteral("SELECT count(*) FROM keep_me")).trimmed(), QStringLiteral("1"));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), QStringLiteral("knowledge_db"), QStringLiteral("SELECT to_regclass('keep_me') IS NULL")).trimmed(),
                 QStringLiteral("t"));
        m_wizard.reset();
        QVERIFY(resetSandboxTarget());
    }

    // Must show 3 (issue 9): a run fails; Verify again; back to the run, Resume, and Cancel in the middle of
    // a copy: each run has its own cancel flag, so the step in flight stops within the bound and nothing it
    // started is left running on the hosts.
    void verifyAgainThenResumeThenCancel()
    {
        QVERIFY(resetSandboxTarget());
        openWizard();
        MigrationWizard &w = *m_wizard;
        demoUpToRun({QStringLiteral("ai_learning_companion"), QStringLiteral("knowledge_db")}, PlanOptions::Mode::Copy, QString());
        // After the checks: the target takes the name, so the first copy fails (it never overwrites).
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ai_learning_companion"), &ok);
        QVERIFY(ok);
        w.next();
        ExecutePage *exec = w.executePage();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        QCOMPARE(*exec->outcome(), SessionOutcome::Failed);

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Verify));
        QSignalSpy verified(w.verifyPage(), &VerifyPage::verified);
        w.verifyPage()->verifyAgain();
        QVERIFY(verified.wait(kRunTimeout));
        w.back();
        QCOMPARE(w.currentId(), int(MigrationWizard::Execute));

        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE ai_learning_companion"), &ok);
        QVERIFY(ok);
        QElapsedTimer sinceCancel;
        QObject::connect(exec->steps(), &QTreeWidget::itemChanged, exec, [exec, &sinceCancel](QTreeWidgetItem *item, int column) {
            if (column == 1 && item->text(0).startsWith(QStringLiteral("Copy database")) && exec->isRunning() && !sinceCancel.isValid()) {
                sinceCancel.start();
                exec->cancelRun(false);
            }
        });
        exec->resume();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), 30000); // the bound: a cancelled step stops well within it
        exec->steps()->disconnect(exec);
        QVERIFY(sinceCancel.isValid());
        // The bound from the cancel to the run's end. That the copy was stopped inside, not run to its end
        // and the rest skipped, is its status below: a step without this run's cancel flag would end "ok".
        QVERIFY2(sinceCancel.elapsed() < 20000, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(*exec->outcome(), SessionOutcome::Cancelled);
        const SessionRecord record = w.state().session->record();
        const StepRecord *copy = nullptr;
        for (const StepRecord &st : record.steps)
            if (st.id == QLatin1String("copy-database:ai_learning_companion"))
                copy = &st;
        QVERIFY(copy);
        QCOMPARE(copy->status, StepStatus::Cancelled);
        // Nothing the cancelled step started runs on: no pg_dump or pg_restore of it.
        QTRY_COMPARE_WITH_TIMEOUT(FaultChecks::sandboxProcessCount(QStringLiteral("pg_dump")), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(FaultChecks::sandboxProcessCount(QStringLiteral("pg_restore")), 0, 10000);
        m_wizard.reset();
        QVERIFY(resetSandboxTarget());
    }

    // Must show 1 (issue 9): one plan file, run by pgcrossing-cli and by the wizard, gives the same plan and
    // records that differ only in ids and times — both front ends drive the same session pipeline.
    void samePlanFileSameRecordFromCliAndWizard()
    {
        const Sandbox &s = Sandbox::instance();
        PlanFile plan;
        for (Endpoint *e : {&plan.source, &plan.target}) {
            e->kind = Endpoint::Kind::Local;
            e->pg.host = s.value(QStringLiteral("PGX_PG_HOST"));
            e->pg.user = s.value(QStringLiteral("PGX_PG_USER"));
            e->pg.binDir = s.value(QStringLiteral("PGX_PG_BINDIR"));
        }
        plan.source.pg.port = s.intValue(QStringLiteral("PGX_SRC_PGPORT"));
        plan.target.pg.port = s.intValue(QStringLiteral("PGX_DST_PGPORT"));
        plan.options.mode = PlanOptions::Mode::Copy;
        plan.options.databases = {DatabaseMapping{QStringLiteral("knowledge_db"), QStringLiteral("knowledge_db")}};
        const QString path = m_sessions.filePath(QStringLiteral("same-plan.json"));
        QString error;
        QVERIFY2(plan.save(path, &error), qPrintable(error));

        QVERIFY(resetSandboxTarget());
        const CliRun cli = CliRun::run({QStringLiteral("migrate"), QStringLiteral("--plan"), path}, sandboxPgEnv(),
                                       m_sessions.filePath(QStringLiteral("same-plan-cli")));
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all().right(3000)));

        QVERIFY(resetSandboxTarget());
        openWizard();
        MigrationWizard &w = *m_wizard;
        QVERIFY2(w.startPage()->loadPlan(path, &error), qPrintable(error));
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Hosts));
        // The plan holds no secret: the user types the passwords, as on the CLI's environment.
        w.hostsPage()->sourceForm()->setEndpoint(w.hostsPage()->sourceForm()->endpoint(), sandboxPgSecret());
        w.hostsPage()->targetForm()->setEndpoint(w.hostsPage()->targetForm()->endpoint(), sandboxPgSecret());
        w.hostsPage()->sourceForm()->testConnection();
        w.hostsPage()->targetForm()->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), kStepTimeout);
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Mode));
        w.next();
        PreflightPage *pre = w.preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!pre->isRunning() && pre->checkCount() > 0, kStepTimeout);
        if (pre->acknowledge()->isVisibleTo(pre))
            pre->acknowledge()->setChecked(true);
        pre->confirmation()->setChecked(true);
        QVERIFY(pre->isComplete());
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.executePage()->outcome().has_value(), kRunTimeout);
        QVERIFY2(isSuccess(*w.executePage()->outcome()), qPrintable(codeOf(*w.executePage()->outcome())));

        // Field by field, with ids and times taken out.
        const QJsonObject fromCli = cli.record;
        const QJsonObject fromWizard = w.state().session->record().toJson();
        const QString cliId = fromCli.value(QStringLiteral("id")).toString();
        const QString wizardId = fromWizard.value(QStringLiteral("id")).toString();
        QVERIFY(!cliId.isEmpty() && cliId != wizardId);
        static const QStringList times{QStringLiteral("id"), QStringLiteral("createdAt"), QStringLiteral("finishedAt"), QStringLiteral("started"),
                                       QStringLiteral("finished"), QStringLiteral("millis"), QStringLiteral("applied"), QStringLiteral("revertedAt")};
        std::function<QJsonValue(const QJsonValue &, const QString &)> strip = [&](const QJsonValue &v, const QString &id) -> QJsonValue {
            if (v.isObject()) {
                QJsonObject o = v.toObject();
                for (const QString &k : times)
                    o.remove(k);
                for (auto it = o.begin(); it != o.end(); ++it)
                    *it = strip(*it, id);
                return o;
            }
            if (v.isArray()) {
                QJsonArray a = v.toArray();
                for (int i = 0; i < a.size(); ++i)
                    a[i] = strip(a[i], id);
                return a;
            }
            if (v.isString())
                return v.toString().replace(id, QStringLiteral("<id>"));
            return v;
        };
        const QJsonObject a = strip(fromCli, cliId).toObject();
        const QJsonObject b = strip(fromWizard, wizardId).toObject();
        QCOMPARE(a.keys(), b.keys());
        for (const QString &key : a.keys()) {
            if (key == QLatin1String("preflight")) {
                // The same rows, in the same order; what a row found may move with the clock (free disk, sessions).
                const QJsonArray ra = a.value(key).toArray(), rb = b.value(key).toArray();
                QCOMPARE(ra.size(), rb.size());
                for (int i = 0; i < ra.size(); ++i)
                    for (const QString &field : {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("severity"), QStringLiteral("status")})
                        QVERIFY2(ra[i].toObject().value(field) == rb[i].toObject().value(field),
                                 qPrintable(QStringLiteral("preflight row %1 %2").arg(i).arg(field)));
                continue;
            }
            // Arrays element by element, so a failure names the first entry that differs.
            QJsonArray va = a.value(key).isArray() ? a.value(key).toArray() : QJsonArray{a.value(key)};
            QJsonArray vb = b.value(key).isArray() ? b.value(key).toArray() : QJsonArray{b.value(key)};
            const auto text = [](const QJsonValue &v) { return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)); };
            if (key == QLatin1String("commands")) {
                // The verifier reads both sides at once: which of two concurrent commands began first is timing,
                // like their ids. The same commands, each with the same outcome, in any order.
                const auto sorted = [&text](const QJsonArray &in) {
                    QStringList all;
                    for (const QJsonValue &v : in)
                        all << text(v);
                    all.sort();
                    QJsonArray out;
                    for (const QString &t : all)
                        out << QJsonDocument::fromJson(t.toUtf8()).array().first();
                    return out;
                };
                va = sorted(va);
                vb = sorted(vb);
            }
            for (int i = 0; i < qMax(va.size(), vb.size()); ++i)
                QVERIFY2(va.at(i) == vb.at(i), qPrintable(QStringLiteral("%1[%2] differs:\nCLI:    %3\nwizard: %4")
                                                              .arg(key).arg(i).arg(text(va.at(i)).left(1200), text(vb.at(i)).left(1200))));
        }
        m_wizard.reset();
        QVERIFY(resetSandboxTarget());
    }

    // The whole wizard in Simplified Chinese (the translations compiled into the app): every page is
    // translated, a copy runs through it, and the screenshots show every page for a look.
    void simplifiedChinese()
    {
        QVERIFY(Language::install(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(resetSandboxTarget());
        openWizard();
        MigrationWizard &w = *m_wizard;
        QVERIFY2(w.windowTitle().contains(QStringLiteral("迁移")), qPrintable(w.windowTitle()));
        for (int id : w.pageIds())
            QVERIFY2(!w.page(id)->title().contains(QRegularExpression(QStringLiteral("^[A-Za-z ]+$"))), qPrintable(w.page(id)->title()));
        demoUpToRun({QStringLiteral("knowledge_db")}, PlanOptions::Mode::Copy, QStringLiteral("zh-"));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.executePage()->outcome().has_value(), kRunTimeout);
        QVERIFY2(isSuccess(*w.executePage()->outcome()), qPrintable(codeOf(*w.executePage()->outcome())));
        screenshot(&w, QStringLiteral("zh-execute"));
        w.next();
        screenshot(&w, QStringLiteral("zh-verify"));
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Report));
        screenshot(&w, QStringLiteral("zh-report"));
        m_wizard.reset();
        QVERIFY(Language::install(*qApp, QStringLiteral("en")));
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        QVERIFY(resetSandboxTarget()); // the next test starts from an empty target, as the others leave it
    }
};

QTEST_MAIN(TstWizardFlow)
#include "tst_wizard_flow.moc"

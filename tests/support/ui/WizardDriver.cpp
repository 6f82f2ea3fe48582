#include "WizardDriver.h"

#include "DatabasesPage.h"
#include "EndpointForm.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "LogModel.h"
#include "MigrationWizard.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "CliRun.h"
#include "Sandbox.h"
#include "VerifyPage.h"
#include "model/LogLevel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

namespace pgcrossing::test::WizardDriver {

namespace {
bool stopped(const char *where, const QString &detail = QString())
{
    qWarning("WizardDriver: %s %s", where, qPrintable(detail));
    return false;
}
} // namespace

std::unique_ptr<MigrationWizard> open(const QString &sessionsRoot, const QSize &size)
{
    auto w = std::make_unique<MigrationWizard>();
    w->setSessionsRoot(sessionsRoot);
    w->resize(size);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

bool toMode(MigrationWizard &w, const QStringList &databases)
{
    w.setDemoEnvironment(Sandbox::instance().dir() + QStringLiteral("/env"));
    w.next();
    if (w.currentId() != MigrationWizard::Hosts)
        return stopped("not on the Hosts page");
    w.hostsPage()->sourceForm()->testConnection();
    w.hostsPage()->targetForm()->testConnection();
    if (!QTest::qWaitFor([&] { return w.hostsPage()->isComplete(); }, kStepTimeout))
        return stopped("the hosts did not answer:",
                       w.hostsPage()->sourceForm()->resultText() + QStringLiteral(" | ") + w.hostsPage()->targetForm()->resultText());
    w.next();
    w.databasesPage()->select(databases);
    if (!QTest::qWaitFor([&] { return w.databasesPage()->tableSizes()->rowCount() > 0; }, kStepTimeout))
        return stopped("the Databases page read no table sizes");
    w.next();
    return w.currentId() == MigrationWizard::Mode || stopped("not on the Mode page");
}

bool toRun(MigrationWizard &w, const QStringList &databases, PlanOptions::Mode mode, const std::function<void(ModePage *)> &choose)
{
    if (!toMode(w, databases))
        return false;
    w.modePage()->chooseMode(int(mode));
    if (choose)
        choose(w.modePage());
    w.next();
    PreflightPage *pre = w.preflightPage();
    if (!QTest::qWaitFor([&] { return !pre->isRunning() && pre->checklist()->topLevelItemCount() > 0; }, kStepTimeout))
        return stopped("the checklist did not come", pre->summary()->text());
    if (pre->acknowledge()->isVisibleTo(pre))
        pre->acknowledge()->setChecked(true);
    pre->confirmation()->setChecked(true);
    return pre->isComplete() || stopped("a preflight blocker failed:", pre->summary()->text());
}

QTreeWidgetItem *toTakenNameBlocker(MigrationWizard &w)
{
    bool ok = false;
    sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE knowledge_db"), &ok);
    if (!ok)
        return stopped("cannot make knowledge_db on the target"), nullptr;
    w.next();
    if (w.currentId() != MigrationWizard::Preflight)
        return stopped("not on the Preflight page"), nullptr;
    PreflightPage *pre = w.preflightPage();
    if (!QTest::qWaitFor([&] { return !pre->isRunning() && pre->checkCount() > 0; }, kStepTimeout))
        return stopped("the checklist did not come", pre->summary()->text()), nullptr;
    // The check has a row per database; knowledge_db's is the one that fails.
    const QTreeWidgetItem *database = pre->databaseItem(QStringLiteral("target"), QStringLiteral("knowledge_db"));
    for (int i = 0; i < pre->checkCount(); ++i)
        if (pre->checkItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("target.free-names") && database &&
            pre->checkItem(i)->parent() == database)
            return pre->checkItem(i);
    return stopped("no check of the target's free names for knowledge_db"), nullptr;
}

bool run(MigrationWizard &w)
{
    w.next();
    if (w.currentId() != MigrationWizard::Execute)
        return stopped("Run did not open the Execute page");
    if (!QTest::qWaitFor([&] { return w.executePage()->outcome().has_value(); }, kRunTimeout))
        return stopped("the run did not end");
    return true;
}

bool verifyAgain(MigrationWizard &w)
{
    if (w.currentId() != MigrationWizard::Verify)
        return stopped("not on the Verify page");
    QPushButton *again = nullptr;
    for (QPushButton *b : w.verifyPage()->findChildren<QPushButton *>())
        if (b->objectName() == QLatin1String("verifyAgain") || b->text().remove(QLatin1Char('&')) == QStringLiteral("Verify again"))
            again = b;
    if (!again)
        return stopped("no Verify again button");
    QSignalSpy verified(w.verifyPage(), &VerifyPage::verified);
    QTest::mouseClick(again, Qt::LeftButton);
    return verified.wait(kRunTimeout) || stopped("Verify again did not end");
}

int longestCommand(ExecutePage *exec, const QString &tool)
{
    LogModel *log = exec->log();
    int row = -1;
    for (int r = 0; r < log->rowCount(); ++r) {
        const QModelIndex i = log->index(r);
        if (i.data(LogModel::LevelRole).toInt() == int(LogLevel::Command) && i.data().toString().contains(tool) &&
            (row < 0 || log->text(r).size() > log->text(row).size()))
            row = r;
    }
    return row;
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PGX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(); // the layouts a change asked for, before the picture
    QCoreApplication::processEvents();
    if (!w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")))
        qWarning("WizardDriver: cannot save the screenshot %s", qPrintable(name));
}

} // namespace pgcrossing::test::WizardDriver

#include "MigrationWizard.h"

#include "DatabasesPage.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "ReportPage.h"
#include "StartPage.h"
#include "VerifyPage.h"
#include "session/DemoEnvironment.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QThreadPool>

namespace pgcrossing {

MigrationWizard::MigrationWizard(QWidget *parent) : QWizard(parent)
{
    m_state.source.role = QStringLiteral("source");
    m_state.target.role = QStringLiteral("target");
    setWindowTitle(tr("pgcrossing — PostgreSQL migration"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::HaveHelpButton, false);
    setPage(Start, m_start = new StartPage(this));
    setPage(Hosts, m_hosts = new HostsPage(this));
    setPage(Databases, m_databases = new DatabasesPage(this));
    setPage(Mode, m_mode = new ModePage(this));
    setPage(Preflight, m_preflight = new PreflightPage(this));
    m_preflight->setCommitPage(true); // past the confirmation there is no going back: things run
    setButtonText(QWizard::CommitButton, tr("&Run"));
    setPage(Execute, m_execute = new ExecutePage(this));
    setPage(Verify, m_verify = new VerifyPage(this));
    setPage(Report, m_report = new ReportPage(this));
    setStartId(Start);
    resize(1100, 760);
    setMinimumSize(900, 600);
}

MigrationWizard::~MigrationWizard()
{
    m_execute->cancelAndWait();
    m_verify->cancelAndWait();
    // Probes, checks and table reads still running use this wizard's state: let them end first (each is
    // bounded by its connect timeout).
    QThreadPool::globalInstance()->waitForDone();
    if (m_demoStartedIn.isEmpty())
        m_demoStartedIn = m_start->demoStartedDir(); // closed while the demo was starting
    QString error;
    if (!m_demoStartedIn.isEmpty() && !DemoEnvironment::stop(m_demoStartedIn, &error))
        qWarning("%s", qPrintable(error));
}

void MigrationWizard::setDemoEnvironment(const QString &envFile, const QString &startedInDir)
{
    m_demoEnv = envFile;
    if (!startedInDir.isEmpty())
        m_demoStartedIn = startedInDir;
    m_start->refresh();
}

bool MigrationWizard::confirmLeaveWhileRunning()
{
    if (!m_execute->isRunning() && !m_verify->isRunning())
        return true;
    const auto answer = QMessageBox::question(this, tr("A session is running"),
                                              tr("Commands are still running on the hosts. Cancel them and close? "
                                                 "Everything done so far stays in the session record; the write hold "
                                                 "on the source (if any) is released."),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_execute->cancelAndWait();
    m_verify->cancelAndWait();
    return true;
}

void MigrationWizard::closeEvent(QCloseEvent *event)
{
    if (confirmLeaveWhileRunning())
        event->accept();
    else
        event->ignore();
}

void MigrationWizard::reject()
{
    if (confirmLeaveWhileRunning())
        QWizard::reject();
}

} // namespace pgcrossing

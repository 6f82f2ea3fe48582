#include "MigrationWizard.h"

#include "DatabasesPage.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "ReportPage.h"
#include "StartPage.h"
#include "VerifyPage.h"
#include "EndpointForm.h"
#include "session/DemoEnvironment.h"
#include "session/SetupDraft.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
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
    m_report->cleanupPage(); // a Revert now in flight ends (and rewrites the session's files) first
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

QString MigrationWizard::draftPath() const
{
    return SetupDraft::pathFor(m_state.sessionsRoot.isEmpty() ? MigrationSession::defaultSessionsRoot() : m_state.sessionsRoot);
}

PlanFile MigrationWizard::currentSetup() const
{
    PlanFile plan{m_state.source, m_state.target, m_state.options};
    if (currentId() == Hosts) {
        plan.source = m_hosts->sourceForm()->endpoint();
        plan.target = m_hosts->targetForm()->endpoint();
    }
    return plan;
}

bool MigrationWizard::hasUnfinishedSetup() const
{
    // Past the Run button the session record keeps everything; before the Hosts page nothing was entered.
    const int id = currentId();
    return id == Hosts || id == Databases || id == Mode || id == Preflight;
}

bool MigrationWizard::confirmClose()
{
    if (!confirmLeaveWhileRunning())
        return false;
    if (!hasUnfinishedSetup())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Close pgcrossing?"),
                    tr("The migration is set up but has not run. Keep this setup as a draft? The Start page offers "
                       "to reopen it next time. Passwords are not kept in the draft: those you asked to remember "
                       "stay in the keychain, the others are asked again."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closeQuestion"));
    QPushButton *keep = box.addButton(tr("Keep as draft and close"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard and close"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("Stay"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == keep) {
        SetupDraft draft{currentSetup(), QDateTime::currentDateTimeUtc(), m_state.onDemo};
        QString error;
        if (!draft.save(draftPath(), &error)) {
            QMessageBox::warning(this, tr("Close pgcrossing?"), tr("The draft could not be kept: %1").arg(error));
            return false;
        }
        return true;
    }
    if (box.clickedButton() == discard) {
        SetupDraft::remove(draftPath());
        return true;
    }
    return false;
}

void MigrationWizard::closeEvent(QCloseEvent *event)
{
    if (confirmClose())
        event->accept();
    else
        event->ignore();
}

void MigrationWizard::reject()
{
    // Escape and Cancel: never at once when there is something to lose.
    if (confirmClose())
        QWizard::reject();
}

} // namespace pgcrossing

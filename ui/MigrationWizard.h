#pragma once
#include "WizardState.h"
#include "model/PlanFile.h"

#include <QWizard>

namespace pgcrossing {

class StartPage;
class HostsPage;
class DatabasesPage;
class PreflightPage;
class ModePage;
class ExecutePage;
class VerifyPage;
class ReportPage;

// The desktop wizard: start → hosts → databases → mode → preflight → execute → verify → report: the
// checklist judges the choices made before it, and its page is the one that runs the plan. It
// renders what the core library does and never runs a command itself; remote work runs off the UI
// thread (QtConcurrent for probes and checks, the core's Runner thread for the plan).
class MigrationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { Start, Hosts, Databases, Mode, Preflight, Execute, Verify, Report };

    explicit MigrationWizard(QWidget *parent = nullptr);
    ~MigrationWizard() override;

    WizardState &state() { return m_state; }
    const WizardState &state() const { return m_state; }
    // The demo: two local PostgreSQL instances described by the sandbox's env file; the Start page
    // offers it and fills both sides from it.
    // startedInDir: the wizard started those servers there (DemoEnvironment) and stops them when it closes.
    void setDemoEnvironment(const QString &envFile, const QString &startedInDir = QString());
    QString demoEnvironment() const { return m_demoEnv; }
    // Where sessions (records, reports, dump files) go; default: the app's data folder.
    void setSessionsRoot(const QString &dir) { m_state.sessionsRoot = dir; }

    StartPage *startPage() const { return m_start; }
    HostsPage *hostsPage() const { return m_hosts; }
    DatabasesPage *databasesPage() const { return m_databases; }
    PreflightPage *preflightPage() const { return m_preflight; }
    ModePage *modePage() const { return m_mode; }
    ExecutePage *executePage() const { return m_execute; }
    VerifyPage *verifyPage() const { return m_verify; }
    ReportPage *reportPage() const { return m_report; }

    // Where the unfinished setup is kept when the wizard closes before anything ran (SetupDraft).
    QString draftPath() const;
    // The setup as entered so far (the Hosts page's forms as typed, the later choices as last confirmed),
    // without a secret.
    PlanFile currentSetup() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    bool confirmLeaveWhileRunning();
    // Closing with a setup entered and nothing run asks: keep it as a draft, discard it, or stay.
    bool confirmClose();
    bool hasUnfinishedSetup() const;

    WizardState m_state;
    QString m_demoEnv;
    QString m_demoStartedIn;
    StartPage *m_start;
    HostsPage *m_hosts;
    DatabasesPage *m_databases;
    PreflightPage *m_preflight;
    ModePage *m_mode;
    ExecutePage *m_execute;
    VerifyPage *m_verify;
    ReportPage *m_report;
};

} // namespace pgcrossing

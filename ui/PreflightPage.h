#pragma once
#include "model/CheckResult.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pgcrossing {

class MigrationSession;
class MigrationWizard;

// The checklist before anything runs, for the choices made on the pages before it (databases, mode and
// options): one row per check with its icon, what was found against what is needed, and a remedy to copy.
// A failed blocker keeps Run disabled; warnings must be acknowledged; then what the plan will touch is
// shown and confirmed, and Run starts it (the last page with a way back: going back to change a choice
// discards the checks, and coming here again checks anew). Creating the page's session is the first thing
// that writes anything: the session folder.
class PreflightPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PreflightPage(MigrationWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    void runAgain();
    bool isRunning() const { return m_watch.isRunning(); }
    QTreeWidget *checklist() const { return m_list; }
    QCheckBox *acknowledge() const { return m_ack; }
    QCheckBox *confirmation() const { return m_confirm; }
    QLabel *summary() const { return m_summary; }
    QLabel *planSummary() const { return m_plan; }

Q_SIGNALS:
    void checksFinished();

private:
    void render(const QList<CheckResult> &checks);
    void showPlan();
    void discardUnusedSession();
    MigrationWizard *m_wizard;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QLabel *m_detail;
    QCheckBox *m_ack;
    QLabel *m_plan;
    QCheckBox *m_confirm;
    QPushButton *m_again;
    QPushButton *m_copy;
    QPushButton *m_fix;
    QFutureWatcher<QList<CheckResult>> m_watch;
    const MigrationSession *m_created = nullptr; // the session this page made (and may discard)
    bool m_blocked = true;
    bool m_needsAck = false;
};

} // namespace pgcrossing

#pragma once
#include "model/CheckResult.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pgcrossing {

class MigrationSession;
class MigrationWizard;

// The checklist before anything runs, for the choices made on the pages before it (databases, mode and
// options): one row per check, grouped by the place it looks at (source, target, this machine), with its
// status in words and icon, what was found against what is needed, and a remedy to copy; cells wrap.
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
    // Columns of the checklist; group rows (one per place checked) hold the checks as children: first the
    // ones about the server as a whole, then a row per database holding the checks about that database
    // (folded when they all passed).
    enum Column { StatusCol, CheckCol, FoundCol, ExpectedCol, RemedyCol, ColCount };
    static constexpr int GroupRole = Qt::UserRole + 1;    // on a group row: "source", "target", "local", "online", "other"
    static constexpr int DatabaseRole = Qt::UserRole + 2; // on a database row: the database's name
    QTreeWidget *checklist() const { return m_list; }
    // The check rows, in the order the checks ran (the CLI's order); the group row of a place, or null; the
    // row of one database under it, or null.
    int checkCount() const { return int(m_rows.size()); }
    QTreeWidgetItem *checkItem(int i) const { return m_rows.value(i); }
    QTreeWidgetItem *groupItem(const QString &group) const;
    QTreeWidgetItem *databaseItem(const QString &group, const QString &database) const;
    QPushButton *copyRemedy() const { return m_copy; }
    QLabel *detail() const { return m_detail; }
    static QString statusWord(const CheckResult &c);
    static QString groupOf(const CheckResult &c);
    QCheckBox *acknowledge() const { return m_ack; }
    QCheckBox *confirmation() const { return m_confirm; }
    QLabel *summary() const { return m_summary; }
    QLabel *planSummary() const { return m_plan; }

Q_SIGNALS:
    void checksFinished();

private:
    void render(const QList<CheckResult> &checks);
    void showCurrent();
    void showPlan();
    void discardUnusedSession();
    MigrationWizard *m_wizard;
    QTreeWidget *m_list;
    QList<QTreeWidgetItem *> m_rows; // the check rows, in the checks' order
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

#pragma once
#include <QFutureWatcher>
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace pgcrossing {

class MigrationWizard;

// What to do: a new migration, the built-in demo (two local PostgreSQL instances with sample data), a
// plan saved earlier (from "Export plan" or written for pgcrossing-cli), or a past session from the
// history (date, hosts, databases, verdict) to read its report, verify again or resume.
class StartPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StartPage(MigrationWizard *wizard);
    void initializePage() override;
    void refresh();                 // the demo choice and the history list
    bool validatePage() override;
    int nextId() const override;
    bool isComplete() const override;
    void chooseDemo();              // as if the user picked "Try the demo"
    void startDemo();               // starts the demo's servers off the UI thread, then goes on
    // Where demo servers were started that the wizard has not taken over yet (closed while starting).
    QString demoStartedDir() const;
    void chooseNew();
    QLabel *demoNote() const { return m_demoNote; } // what the demo's start said (its error, if any)
    bool loadPlan(const QString &path, QString *error);
    QTreeWidget *history() const { return m_history; }
    // The unfinished setup kept when the wizard last closed (hidden when there is none).
    QRadioButton *draftChoice() const { return m_draft; }
    // Puts the demo back as new (target emptied, source re-seeded), off the UI thread, after a confirmation.
    QPushButton *resetDemoButton() const { return m_resetDemo; }
    void resetDemo();

private:
    bool fillFromDemo(QString *error);
    bool reopen(const QString &recordPath, QString *error);
    bool reopenDraft(QString *error);
    // A demo start or reset ended ({env file or "", error, dir}): the wizard takes the demo, or the note
    // shows the error. True when it runs.
    bool demoJobDone(const QStringList &result);
    MigrationWizard *m_wizard;
    QRadioButton *m_new;
    QRadioButton *m_demo;
    QRadioButton *m_plan;
    QString m_planPath;             // the plan loaded (chosen in the dialog, or given to loadPlan)
    QRadioButton *m_past;
    QRadioButton *m_draft;
    bool m_draftOffered = false;
    QPushButton *m_resetDemo;
    QLabel *m_demoNote;
    QTreeWidget *m_history;
    QFutureWatcher<QStringList> m_demoStart; // {env file or "", error, dir}
    QFutureWatcher<QStringList> m_demoReset; // the same
};

} // namespace pgcrossing

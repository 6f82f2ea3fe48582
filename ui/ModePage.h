#pragma once
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace pgcrossing {

class MigrationWizard;

// How to carry the databases: backup only, copy, or stop-write; what each does, the downtime it implies
// and an estimate from the measured sizes; the options; and a summary of what will touch the source and
// the target. It comes before the checklist, which judges these choices (hold writes, replace, the
// transfer); nothing runs from here.
class ModePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ModePage(MigrationWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override; // every line of the own checks reads NAME = SQL
    void chooseMode(int mode);       // PlanOptions::Mode, as a click on its button
    QCheckBox *holdWrites() const { return m_hold; }
    QCheckBox *replace() const { return m_replace; }
    QLabel *summary() const { return m_summary; }
    // The DBA's own checks (VerifyQuery), a line each: "name = SQL" or "database:name = SQL"; what is wrong
    // with them, said under them.
    QPlainTextEdit *ownChecks() const { return m_checks; }
    QLabel *ownChecksError() const { return m_checksError; }

private:
    void updateSummary();
    MigrationWizard *m_wizard;
    QRadioButton *m_backup;
    QRadioButton *m_copy;
    QRadioButton *m_stopWrite;
    QLabel *m_backupText;
    QLabel *m_copyText;
    QLabel *m_stopWriteText;
    QComboBox *m_transfer;
    QCheckBox *m_hold;
    QCheckBox *m_replace;
    QCheckBox *m_reindex;
    QLineEdit *m_backupDir;
    QPlainTextEdit *m_checks;
    QLabel *m_checksError;
    QLabel *m_summary;
};

} // namespace pgcrossing

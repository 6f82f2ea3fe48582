#pragma once
#include "migration/StepResult.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace pgcrossing {

class MigrationWizard;

// The session's record as a report: verdict, timings, what changed where, how to roll back. Saved as
// HTML, Markdown, JSON and PDF in the session folder and copied to a folder the user picks; the plan can
// be exported for pgcrossing-cli. While the source still carries changes of this session (the write
// hold), "Revert now" undoes them, after a confirmation, off the UI thread.
class ReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReportPage(MigrationWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    // report.json/.html/.md/.pdf in the session folder; the files written in *written.
    bool saveReports(QStringList *written, QString *error);
    // The same, then copied into folder (when it is not the session folder); *written lists the copies.
    bool saveReports(const QString &folder, QStringList *written, QString *error);
    bool exportPlan(const QString &path, QString *error);
    QTextBrowser *view() const { return m_view; }
    QLabel *verdict() const { return m_verdict; }   // the end state and its reasons
    QPushButton *revertButton() const { return m_revert; }
    QLabel *revertResult() const { return m_revertResult; }
    // From the confirmed click until the page shows how the undo ended (the job itself may have ended a moment
    // before its end reaches the UI thread).
    bool isReverting() const { return m_reverting; }

private:
    void render();
    void confirmAndRevert();
    void revertFinished();

    MigrationWizard *m_wizard;
    QLabel *m_verdict;
    QTextBrowser *m_view;
    QLabel *m_saved;
    QLabel *m_revertResult;
    QPushButton *m_revert;
    QPushButton *m_save;
    QPushButton *m_export;
    QPushButton *m_open;
    QFutureWatcher<StepResult> m_revertWatcher;
    bool m_reverting = false;
};

} // namespace pgcrossing

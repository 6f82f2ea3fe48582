#pragma once
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace pgcrossing {

class MigrationWizard;

// The session's record as a report: verdict, timings, what changed where, how to roll back. Saved as
// HTML, Markdown, JSON and PDF in the session folder; the plan can be exported for pgcrossing-cli.
class ReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReportPage(MigrationWizard *wizard);
    void initializePage() override;
    // report.json/.html/.md/.pdf in the session folder; the files written in *written.
    bool saveReports(QStringList *written, QString *error);
    bool exportPlan(const QString &path, QString *error);
    QTextBrowser *view() const { return m_view; }
    QLabel *verdict() const { return m_verdict; }   // the end state and its reasons

private:
    MigrationWizard *m_wizard;
    QLabel *m_verdict;
    QTextBrowser *m_view;
    QLabel *m_saved;
    QPushButton *m_save;
    QPushButton *m_export;
    QPushButton *m_open;
};

} // namespace pgcrossing

#pragma once
#include "model/SessionOutcome.h"
#include "model/StepStatus.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pgcrossing {

class LogFilter;
class LogModel;
class MigrationWizard;
class Runner;
class SessionRecord;
class ThroughputChart;

// The plan running: its steps with status icons, their own progress bars and results, an overall bar with
// elapsed time and ETA, the throughput over time, and the live log of every command (host, redacted
// command, output; levels coloured; filter by level and by step — a click on a step —, search, copy; the
// selected line whole in a pane below, selectable). Whenever it is shown and whenever the session record
// changes, the steps are rendered from the record as it is now: a step run again (Verify again) shows its
// latest result, the overall bar the weighted share of the steps done. Cancel asks first; after a failure
// or a cancel, Resume continues from the first unfinished step.
class ExecutePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ExecutePage(MigrationWizard *wizard);
    ~ExecutePage() override;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;
    std::optional<SessionOutcome> outcome() const { return m_outcome; }   // nullopt: not finished
    void cancelRun(bool ask = true);
    void resume();
    void cancelAndWait();
    LogModel *log() const { return m_log; }
    LogFilter *logFilter() const { return m_filter; }
    QTreeWidget *steps() const { return m_steps; }
    QListView *logView() const { return m_view; }
    QComboBox *levelFilter() const { return m_show; }
    QComboBox *stepFilter() const { return m_stepShow; }
    QLabel *emptyNote() const { return m_empty; }          // over the log when a filter matches nothing
    QPlainTextEdit *lineDetail() const { return m_detail; } // the selected line(s) whole
    QProgressBar *overallBar() const { return m_bar; }
    ThroughputChart *throughput() const { return m_chart; }
    // The row of the steps view (and of the step filter, less one) of the plan step with this id; -1 if none.
    int stepRow(const QString &stepId) const;

Q_SIGNALS:
    void runFinished(pgcrossing::SessionOutcome outcome);

private:
    void start();
    void onFinished(SessionOutcome outcome, const QString &message);
    void tick();
    void render();                       // the steps, the bar and the status line from the record
    void renderStep(QTreeWidgetItem *item, StepStatus status, const QString &message);
    void renderStatusLine(const SessionRecord &record);
    void showSelectedLines();
    void updateEmptyNote();
    MigrationWizard *m_wizard;
    QTreeWidget *m_steps;
    ThroughputChart *m_chart;
    QProgressBar *m_bar;
    QLabel *m_time;
    QLabel *m_status;
    QComboBox *m_show;
    QComboBox *m_stepShow;
    QLineEdit *m_search;
    QListView *m_view;
    QLabel *m_empty;
    QPlainTextEdit *m_detail;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    LogModel *m_log;
    LogFilter *m_filter;
    std::unique_ptr<Runner> m_runner;
    QStringList m_stepIds;
    QList<double> m_stepBase;
    QList<double> m_stepSpan;
    int m_current = -1;
    bool m_running = false;              // between start/resume and the Runner's finished
    double m_fraction = 0;
    QElapsedTimer m_clock;
    QTimer m_tick;
    std::optional<SessionOutcome> m_outcome;
};

} // namespace pgcrossing

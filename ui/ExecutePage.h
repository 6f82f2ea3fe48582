#pragma once
#include "model/SessionOutcome.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pgcrossing {

class LogFilter;
class LogModel;
class MigrationWizard;
class Runner;

// The plan running: its steps with status icons and progress, an overall bar with elapsed time and ETA,
// and the live log of every command (host, redacted command, output; levels coloured; filter, search,
// copy). Cancel asks first; after a failure or a cancel, Resume continues from the first unfinished step.
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
    QTreeWidget *steps() const { return m_steps; }
    QListView *logView() const { return m_view; }

Q_SIGNALS:
    void runFinished(pgcrossing::SessionOutcome outcome);

private:
    void start();
    void onFinished(SessionOutcome outcome, const QString &message);
    void tick();
    MigrationWizard *m_wizard;
    QTreeWidget *m_steps;
    QProgressBar *m_bar;
    QLabel *m_time;
    QLabel *m_status;
    QComboBox *m_show;
    QLineEdit *m_search;
    QListView *m_view;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    LogModel *m_log;
    LogFilter *m_filter;
    std::unique_ptr<Runner> m_runner;
    QList<double> m_stepBase;
    QList<double> m_stepSpan;
    int m_current = -1;
    double m_fraction = 0;
    QElapsedTimer m_clock;
    QTimer m_tick;
    std::optional<SessionOutcome> m_outcome;
};

} // namespace pgcrossing

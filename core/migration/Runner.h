#pragma once
#include "Plan.h"
#include "StepContext.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace pgcrossing {

// Runs a Plan on its own worker thread and reports through queued signals: stepStarted, progress,
// logLine, stepFinished and exactly one finished(outcome). cancel() sets the flag every step checks;
// a remote command in flight is killed on its host. A plan that failed or was cancelled can be run
// again with resume(): steps already done are skipped, the rest run from the first unfinished one.
// After every step the session record is saved to recordPath.
class Runner : public QObject {
    Q_OBJECT
public:
    Runner(Plan plan, std::shared_ptr<StepContext> context, QString recordPath, QObject *parent = nullptr);
    ~Runner() override;

    void start();          // runs every step not yet ok
    void cancel();
    bool isRunning() const;
    bool wait(unsigned long ms = ULONG_MAX);
    const Plan &plan() const { return m_plan; }
    std::shared_ptr<StepContext> context() const { return m_ctx; }

Q_SIGNALS:
    void stepStarted(int index, const QString &title);
    void progress(double fraction, const QString &status);
    void logLine(int level, const QString &text);
    void stepFinished(int index, pgcrossing::StepStatus status, const QString &message);
    void finished(pgcrossing::SessionOutcome outcome, const QString &message);

private:
    void work();
    void registerSteps();
    void save();

    Plan m_plan;
    std::shared_ptr<StepContext> m_ctx;
    QString m_recordPath;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace pgcrossing

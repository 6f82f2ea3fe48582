#pragma once
#include "Plan.h"
#include "SessionContext.h"
#include "remote/CancelToken.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace pgcrossing {

// Runs a Plan on its own worker thread and reports through queued signals: stepStarted, progress,
// logLine, stepFinished and exactly one finished(outcome). Each step gets a StepContext made for it: the
// session's shared parts plus this runner's cancel flag, the step's share of the progress bar and the log.
// cancel() sets the flag every step checks; a remote command in flight is killed on its host. A plan that
// failed or was cancelled can be started again: steps already done are skipped, the rest run from the
// first unfinished one. Every change to the record is saved to the session's record path.
class Runner : public QObject {
    Q_OBJECT
public:
    Runner(Plan plan, std::shared_ptr<SessionContext> session, QObject *parent = nullptr);
    ~Runner() override;

    void start();          // runs every step not yet ok
    void cancel();
    CancelToken &cancelToken() { return m_cancel; } // what cancel() sets (for a signal handler)
    bool isRunning() const;
    bool wait(unsigned long ms = ULONG_MAX);
    const Plan &plan() const { return m_plan; }

Q_SIGNALS:
    void stepStarted(int index, const QString &title);
    void progress(double fraction, const QString &status);
    // The running step's transfer: bytes moved so far (a copy, a dump shipped, a backup).
    void transferred(qint64 bytes);
    void logLine(int level, const QString &text);
    void stepFinished(int index, pgcrossing::StepStatus status, const QString &message);
    void finished(pgcrossing::SessionOutcome outcome, const QString &message);

private:
    void work();
    void registerSteps();
    void update(const std::function<void(SessionRecord &)> &change);

    Plan m_plan;
    std::shared_ptr<SessionContext> m_session;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace pgcrossing

#include "Runner.h"

#include "StepContext.h"

#include <QDateTime>

namespace pgcrossing {

Runner::Runner(Plan plan, std::shared_ptr<SessionContext> session, QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_session(std::move(session))
{
    registerSteps();
}

Runner::~Runner()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void Runner::registerSteps()
{
    // Steps keep their record entry (and status) across resume; new ones are appended in plan order.
    update([this](SessionRecord &r) {
        QList<StepRecord> ordered;
        for (const auto &s : m_plan.steps) {
            StepRecord rec;
            if (StepRecord *old = r.step(s->id()))
                rec = *old;
            rec.id = s->id();
            rec.title = s->title();
            rec.touchesSource = s->touchesSource();
            rec.touchesTarget = s->touchesTarget();
            ordered << rec;
        }
        r.steps = ordered;
    });
}

void Runner::start()
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel.reset();
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

void Runner::cancel()
{
    m_cancel.cancel();
}

bool Runner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool Runner::wait(unsigned long ms)
{
    return !m_thread || m_thread->wait(ms);
}

void Runner::update(const std::function<void(SessionRecord &)> &change)
{
    QString error;
    if (!m_session->update(change, &error))
        Q_EMIT logLine(int(LogLevel::Error), error);
}

void Runner::work()
{
    double totalWeight = 0;
    for (const auto &s : m_plan.steps)
        totalWeight += s->weight();
    double doneWeight = 0;

    const StepContext::Log log = [this](LogLevel level, const QString &text) { Q_EMIT logLine(int(level), text); };
    update([](SessionRecord &r) {
        r.run = SessionOutcome::Running;
        r.outcomeMessage.clear();
        r.finishedAt = {};
    });

    SessionOutcome outcome = SessionOutcome::Succeeded;
    QString outcomeMessage;
    bool warnings = false;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const auto &step = m_plan.steps[i];
        SessionRecord before = m_session->snapshot();
        const StepStatus status = before.step(step->id()) ? before.step(step->id())->status : StepStatus::Pending;
        if (isDone(status) && !step->redoneOnResume()) {
            doneWeight += step->weight();
            warnings = warnings || status == StepStatus::Warning;
            continue; // done in an earlier run of this session
        }
        if (m_cancel.isCancelled()) {
            outcome = SessionOutcome::Cancelled;
            break;
        }
        Q_EMIT stepStarted(i, step->title());
        update([&](SessionRecord &r) {
            StepRecord *rec = r.step(step->id());
            rec->status = StepStatus::Running;
            rec->started = QDateTime::currentDateTimeUtc();
            rec->finished = {};
            rec->message.clear();
            rec->details.clear();
        });
        const double base = doneWeight / totalWeight;
        const double span = step->weight() / totalWeight;
        const StepContext::Progress stepProgress = [=, this](double f, const QString &text) {
            Q_EMIT progress(base + span * qBound(0.0, f, 1.0), text);
        };
        Q_EMIT progress(base, step->title());
        Q_EMIT logLine(int(LogLevel::Info), QStringLiteral("▶ %1").arg(step->title()));

        StepResult res;
        {
            StepContext ctx(*m_session, m_cancel, stepProgress, log, [this](qint64 bytes) { Q_EMIT transferred(bytes); });
            res = step->run(ctx);
        }
        if (res.status != StepResult::Status::Cancelled && m_cancel.isCancelled() && !res.succeeded())
            res = StepResult::cancelled();
        update([&](SessionRecord &r) {
            StepRecord *rec = r.step(step->id());
            rec->status = res.status;
            rec->finished = QDateTime::currentDateTimeUtc();
            rec->message = res.message;
            rec->details = res.details;
        });
        Q_EMIT stepFinished(i, res.status, res.message);
        if (!res.message.isEmpty())
            Q_EMIT logLine(int(res.succeeded() ? (res.status == StepResult::Status::Warning ? LogLevel::Warning
                                                                                              : LogLevel::Info)
                                               : LogLevel::Error),
                           QStringLiteral("%1: %2").arg(step->title(), res.message));
        if (res.status == StepResult::Status::Warning)
            warnings = true;
        if (res.status == StepResult::Status::Cancelled) {
            outcome = SessionOutcome::Cancelled;
            outcomeMessage = tr("cancelled during \"%1\"").arg(step->title());
            break;
        }
        if (res.status == StepResult::Status::Failed) {
            outcome = SessionOutcome::Failed;
            outcomeMessage = tr("\"%1\" failed: %2").arg(step->title(), res.message);
            break;
        }
        doneWeight += step->weight();
    }
    if (outcome == SessionOutcome::Succeeded && warnings)
        outcome = SessionOutcome::SucceededWithWarnings;

    if (outcome == SessionOutcome::Failed || outcome == SessionOutcome::Cancelled) {
        // Put the source back the way the user had it, even after a cancel: with a flag of its own that
        // nobody sets, so the undo cannot be cancelled half-way.
        CancelToken none;
        StepContext undo(*m_session, none, {}, log);
        for (const auto &step : m_plan.onFailure) {
            Q_EMIT logLine(int(LogLevel::Info), QStringLiteral("▶ %1").arg(step->title()));
            const StepResult res = step->run(undo);
            Q_EMIT logLine(int(res.succeeded() ? LogLevel::Info : LogLevel::Error),
                           QStringLiteral("%1: %2").arg(step->title(), res.message));
        }
    }
    update([&](SessionRecord &r) {
        r.run = outcome;
        r.outcomeMessage = outcomeMessage;
        r.finishedAt = QDateTime::currentDateTimeUtc();
    });
    if (isSuccess(outcome))
        Q_EMIT progress(1.0, tr("done"));
    // What the session ended as, not only how the run went: a verified difference or a change left on
    // the source is never Succeeded (EndState).
    const EndState end = m_session->snapshot().endState();
    Q_EMIT finished(end.outcome, end.reasons.join(QLatin1Char('\n')));
}

} // namespace pgcrossing

#include "MigrationSession.h"

#include "SessionFactory.h"
#include "history/SessionHistory.h"
#include "migration/PlanBuilder.h"
#include "migration/Runner.h"
#include "migration/steps/ReleaseHoldsStep.h"
#include "migration/steps/VerifyStep.h"
#include "preflight/PreflightRunner.h"
#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

namespace pgcrossing {

namespace {
const QString kRecordFile = QStringLiteral("session.json");
} // namespace

bool MigrationSession::lock(QString *error) const
{
    m_lock = std::make_unique<QLockFile>(SessionHistory::lockPath(recordPath()));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age: a copy may run for days
    if (m_lock->tryLock(0))
        return true;
    const QLockFile::LockError why = m_lock->error();
    qint64 pid = 0;
    QString host, app;
    const bool known = m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    if (why != QLockFile::LockFailedError || !known) {
        *error = tr("Cannot lock the session folder %1 (%2).").arg(dir(), SessionHistory::lockPath(recordPath()));
        return false;
    }
    if (pid == QCoreApplication::applicationPid())
        return true; // this process has it open already (the wizard's history and its current session, say)
    *error = tr("The session %1 is in use by %2 (process %3 on %4): wait for it to end, or stop that process first.")
                 .arg(dir(), app.isEmpty() ? QStringLiteral("pgcrossing") : app)
                 .arg(pid)
                 .arg(host);
    return false;
}

QString MigrationSession::defaultSessionsRoot()
{
    // The generic data folder, not AppDataLocation: that one appends organization and application, both
    // "pgcrossing" (…/pgcrossing/pgcrossing). Sessions kept there by an earlier version stay in use until
    // the new folder exists, so no past session (one with writes still held, say) is lost from view.
    const QString root =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("pgcrossing/sessions"));
    const QString earlier = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sessions"));
    return !QFileInfo::exists(root) && QFileInfo::exists(earlier) ? earlier : root;
}

std::unique_ptr<MigrationSession> MigrationSession::create(const Endpoint &source, const Endpoint &target,
                                                           const PlanOptions &options,
                                                           const EndpointSecrets &sourceSecrets,
                                                           const EndpointSecrets &targetSecrets,
                                                           const QString &sessionsRoot, QString *error)
{
    const SessionRecord record = SessionRecord::create(source, target, options);
    const QString dir = QDir(sessionsRoot.isEmpty() ? defaultSessionsRoot() : sessionsRoot).filePath(record.id);
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the session folder %1.").arg(dir);
        return nullptr;
    }
    std::unique_ptr<MigrationSession> s(new MigrationSession);
    s->m_ctx = SessionFactory::create(record, sourceSecrets, targetSecrets, dir, QDir(dir).filePath(kRecordFile));
    if (!s->save(error))
        return nullptr;
    return s;
}

std::unique_ptr<MigrationSession> MigrationSession::open(const QString &recordPath, const EndpointSecrets &sourceSecrets,
                                                         const EndpointSecrets &targetSecrets, QString *error,
                                                         const Endpoint *source, const Endpoint *target)
{
    SessionRecord record;
    if (!SessionRecord::load(recordPath, &record, error))
        return nullptr;
    if (source) {
        record.source = *source;
        record.source.role = QStringLiteral("source");
    }
    if (target) {
        record.target = *target;
        record.target.role = QStringLiteral("target");
    }
    std::unique_ptr<MigrationSession> s(new MigrationSession);
    s->m_ctx = SessionFactory::create(record, sourceSecrets, targetSecrets, QFileInfo(recordPath).absolutePath(),
                                      QFileInfo(recordPath).absoluteFilePath());
    if (!s->lock(error))
        return nullptr;
    // Saying "running" while nobody holds its lock: the process that ran it is gone. Said so, and its running
    // step is failed, so that a resume runs that step again.
    if (s->m_lock && record.run == SessionOutcome::Running && record.steps.size() > 0) {
        s->m_ctx->update([](SessionRecord &r) {
            r.run = SessionOutcome::Interrupted;
            r.outcomeMessage = tr("pgcrossing stopped (killed, crashed, or the machine went down) while this session ran; "
                                  "resume it to go on from the step that was running.");
            for (StepRecord &step : r.steps)
                if (step.status == StepStatus::Running) {
                    step.status = StepStatus::Failed;
                    step.message = tr("Interrupted: pgcrossing stopped while this step ran.");
                }
        });
        if (!s->save(error))
            return nullptr;
    }
    s->m_lock.reset(); // opened, not running
    return s;
}

QString MigrationSession::recordPath() const
{
    return m_ctx->recordPath;
}

bool MigrationSession::save(QString *error) const
{
    return m_ctx->save(error);
}

QList<CheckResult> MigrationSession::preflight(bool onlineReadiness)
{
    // Which rows apply is the checks' own business (a verify-only session: reach and existence only).
    PreflightRunner runner(m_ctx->source, m_ctx->target, options());
    runner.setSessionDir(dir());
    runner.setOnlineReadiness(onlineReadiness);
    const QList<CheckResult> checks = runner.run();
    QJsonArray json;
    for (const CheckResult &c : checks)
        json.append(c.toJson());
    const PlanOptions resolved = runner.resolvedOptions();
    m_ctx->update([&](SessionRecord &r) {
        r.preflight = json;
        r.options = resolved;
    });
    return checks;
}

bool MigrationSession::blocked(const QList<CheckResult> &checks)
{
    return std::any_of(checks.begin(), checks.end(), [](const CheckResult &c) { return c.blocks(); });
}

void MigrationSession::refuse()
{
    m_ctx->update([](SessionRecord &r) {
        r.run = SessionOutcome::Failed;
        r.outcomeMessage = tr("A preflight check failed: nothing was changed.");
        r.finishedAt = QDateTime::currentDateTimeUtc();
    });
}

void MigrationSession::setOptions(const PlanOptions &options)
{
    m_ctx->update([&](SessionRecord &r) { r.options = options; });
}

Plan MigrationSession::plan(const PlanOptions &options, const QString &sessionDir)
{
    return PlanBuilder::build(options, sessionDir);
}

std::unique_ptr<Runner> MigrationSession::runner(QObject *parent) const
{
    // Listed in the history from its start, as running (a resumed one too), so that a run killed before its
    // end is still found (as interrupted).
    SessionRecord starting = record();
    starting.run = SessionOutcome::Running;
    SessionHistory::remember(starting, recordPath());
    QString error;
    if (!m_lock)
        lock(&error); // another process running it was refused when it was opened
    return std::make_unique<Runner>(plan(), m_ctx, parent);
}

bool MigrationSession::finish(QStringList *written, QString *error) const
{
    const SessionRecord record = m_ctx->snapshot();
    if (!m_ctx->save(error))
        return false;
    m_lock.reset(); // the run's end is written: nothing holds the session any more
    if (!ReportRenderer::write(record.toJson(), QDir(dir()).filePath(QStringLiteral("report")), written, error))
        return false;
    // The wizard's Start page lists it with the others.
    QString historyError;
    if (!SessionHistory::remember(record, recordPath(), &historyError)) {
        *error = tr("The session is not listed in the history: %1").arg(historyError);
        return false;
    }
    return true;
}

StepResult MigrationSession::verifyAgain(CancelToken &cancel)
{
    StepContext ctx(*m_ctx, cancel);
    VerifyStep step(options());
    const StepResult res = step.run(ctx);
    // It is the plan's Verify step run again: its row shows the latest result (a resume re-runs it
    // when it failed). A cancelled check leaves the last complete result in place.
    if (res.status != StepStatus::Cancelled)
        m_ctx->update([&](SessionRecord &r) {
            if (StepRecord *rec = r.step(step.id())) {
                rec->status = res.status;
                rec->finished = QDateTime::currentDateTimeUtc();
                rec->message = res.message;
                rec->details = res.details;
            }
            // A run that stopped only at its last step, Verify, is complete once Verify passes.
            const bool allDone = !r.steps.isEmpty() && std::all_of(r.steps.begin(), r.steps.end(),
                                                                   [](const StepRecord &s) { return isDone(s.status); });
            if (allDone && r.run == SessionOutcome::Failed) {
                r.run = SessionOutcome::Succeeded;
                r.outcomeMessage.clear();
            }
        });
    return res;
}

StepResult MigrationSession::revertSourceChanges(const StepContext::Log &log)
{
    CancelToken none; // an undo is never left half-way
    StepContext ctx(*m_ctx, none, {}, log);
    ReleaseHoldsStep step;
    return step.run(ctx);
}

} // namespace pgcrossing

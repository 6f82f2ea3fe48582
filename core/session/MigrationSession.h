#pragma once
#include <QLockFile>
#include "migration/Plan.h"
#include "migration/SessionContext.h"
#include "migration/StepContext.h"
#include "migration/StepResult.h"
#include "model/CheckResult.h"
#include "model/Endpoint.h"
#include "model/PlanOptions.h"
#include "model/SessionRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class QObject;

namespace pgcrossing {

class Runner;

// The one session pipeline, the same for pgcrossing-cli and the wizard: create (folder and record) →
// preflight(options) → plan → run (a Runner on the plan) → finish (record, reports, history); and for a
// session saved earlier: resume, Verify again, revert the source changes. The front ends only collect
// choices and render what this records. Synchronous: the caller runs preflight(), verifyAgain() and
// revertSourceChanges() off the UI thread; the Runner has a thread of its own.
class MigrationSession {
    Q_DECLARE_TR_FUNCTIONS(MigrationSession)

public:
    // A new session under sessionsRoot/<id>/ (folder created, record saved).
    static std::unique_ptr<MigrationSession> create(const Endpoint &source, const Endpoint &target,
                                                    const PlanOptions &options, const EndpointSecrets &sourceSecrets,
                                                    const EndpointSecrets &targetSecrets, const QString &sessionsRoot,
                                                    QString *error);
    // A session saved earlier (its session.json), to resume, verify again, revert or report on. The record's
    // endpoints are used unless others are given (the same hosts with a host key accepted since, say).
    static std::unique_ptr<MigrationSession> open(const QString &recordPath, const EndpointSecrets &sourceSecrets,
                                                  const EndpointSecrets &targetSecrets, QString *error,
                                                  const Endpoint *source = nullptr, const Endpoint *target = nullptr);
    // ~/.local/share/pgcrossing/sessions (in QStandardPaths::GenericDataLocation).
    static QString defaultSessionsRoot();

    // Runs the read-only checks the options call for (online readiness on request) and records them with
    // the resolved options (all user databases when none were chosen).
    QList<CheckResult> preflight(bool onlineReadiness = false);
    static bool blocked(const QList<CheckResult> &checks);
    // Ends a session whose checklist has a blocker: recorded as failed, nothing was changed.
    void refuse();
    // Changes the options before the plan runs (a fix-up chosen on the checklist); recorded.
    void setOptions(const PlanOptions &options);

    // The plan for these options: the one place a plan is built, for the run and for any preview of it.
    static Plan plan(const PlanOptions &options, const QString &sessionDir);
    Plan plan() const { return plan(options(), dir()); }
    // A Runner on plan() over this session; steps already done (a resumed session) are skipped.
    std::unique_ptr<Runner> runner(QObject *parent = nullptr) const;
    // After a run (or Verify again): the record saved, report.html / report.md written (listed in
    // *written), the session listed in the history. False with *error when a file could not be written.
    bool finish(QStringList *written, QString *error) const;

    // Compares both sides again (after a change on the target, or to re-check later); records the result.
    StepResult verifyAgain(CancelToken &cancel);
    // Undoes every change the session recorded on the source (the write hold, a text-search loan).
    StepResult revertSourceChanges(const StepContext::Log &log = {});

    SessionRecord record() const { return m_ctx->snapshot(); }
    PlanOptions options() const { return record().options; }
    QString dir() const { return m_ctx->workDir; }
    QString recordPath() const;
    bool save(QString *error = nullptr) const;

private:
    MigrationSession() = default;
    // session.lock beside the record (SessionHistory::lockPath), held from runner() until finish(): while
    // a run goes on, another process cannot open the session, and a record saying "running" whose lock
    // nobody holds was interrupted.
    bool lock(QString *error) const;
    std::shared_ptr<SessionContext> m_ctx;
    mutable std::unique_ptr<QLockFile> m_lock;
};

} // namespace pgcrossing

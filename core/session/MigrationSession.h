#pragma once
#include "migration/Plan.h"
#include "migration/StepContext.h"
#include "migration/StepResult.h"
#include "model/CheckResult.h"
#include "model/Endpoint.h"
#include "model/PlanOptions.h"
#include "model/SessionRecord.h"

#include <QList>
#include <QString>
#include <memory>

namespace pgcrossing {

// One session as the wizard drives it, on top of SessionFactory: its folder and record, the preflight
// (stored in the record, options resolved), the plan for the chosen mode, re-verification and the
// reports. Synchronous: the caller runs preflight() and verifyAgain() off the UI thread and hands plan()
// to a Runner.
class MigrationSession {
public:
    // A new session under sessionsRoot/<id>/ (folder created).
    static std::unique_ptr<MigrationSession> create(const Endpoint &source, const Endpoint &target,
                                                    const PlanOptions &options, const EndpointSecrets &sourceSecrets,
                                                    const EndpointSecrets &targetSecrets, const QString &sessionsRoot,
                                                    QString *error);
    // A session saved earlier (its session.json), to resume, re-verify or report on.
    static std::unique_ptr<MigrationSession> open(const QString &recordPath, const EndpointSecrets &sourceSecrets,
                                                  const EndpointSecrets &targetSecrets, QString *error);
    // ~/.local/share/pgcrossing/sessions (QStandardPaths::AppDataLocation).
    static QString defaultSessionsRoot();

    // Runs the read-only checks; records them and the resolved options (all databases when none chosen).
    QList<CheckResult> preflight();
    // Changes the options before the plan runs (the Mode page); recorded.
    void setOptions(const PlanOptions &options);
    Plan plan() const;
    // Compares both sides again (after a change on the target, or to re-check later); records the result.
    StepResult verifyAgain(CancelToken *cancel);

    std::shared_ptr<StepContext> context() const { return m_ctx; }
    SessionRecord record() const { return m_ctx->snapshot(); }
    PlanOptions options() const { return record().options; }
    QString dir() const { return m_dir; }
    QString recordPath() const;
    bool save(QString *error = nullptr) const;
    // Lists (or updates) this session in the history beside the sessions folder (SessionHistory).
    bool remember(QString *error = nullptr) const;
    // report.json / report.html / report.md in the session folder; files written listed in *written.
    bool writeReports(QStringList *written, QString *error) const;

private:
    MigrationSession() = default;
    std::shared_ptr<StepContext> m_ctx;
    QString m_dir;
};

} // namespace pgcrossing

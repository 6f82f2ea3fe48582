#include "MigrationSession.h"

#include "history/SessionHistory.h"
#include "migration/PlanBuilder.h"
#include "session/SessionFactory.h"
#include "migration/steps/VerifyStep.h"
#include "preflight/PreflightRunner.h"
#include "report/ReportRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

namespace pgcrossing {

QString MigrationSession::defaultSessionsRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sessions"));
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
        *error = QStringLiteral("cannot create the session folder %1").arg(dir);
        return nullptr;
    }
    std::unique_ptr<MigrationSession> s(new MigrationSession);
    s->m_dir = dir;
    s->m_ctx = SessionFactory::create(record, sourceSecrets, targetSecrets, dir);
    if (!s->save(error))
        return nullptr;
    return s;
}

std::unique_ptr<MigrationSession> MigrationSession::open(const QString &recordPath, const EndpointSecrets &sourceSecrets,
                                                         const EndpointSecrets &targetSecrets, QString *error)
{
    SessionRecord record;
    if (!SessionRecord::load(recordPath, &record, error))
        return nullptr;
    std::unique_ptr<MigrationSession> s(new MigrationSession);
    s->m_dir = QFileInfo(recordPath).absolutePath();
    s->m_ctx = SessionFactory::create(record, sourceSecrets, targetSecrets, s->m_dir);
    return s;
}

QString MigrationSession::recordPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("session.json"));
}

bool MigrationSession::save(QString *error) const
{
    return m_ctx->snapshot().save(recordPath(), error);
}

QList<CheckResult> MigrationSession::preflight()
{
    PreflightRunner runner(m_ctx->source, m_ctx->target, options());
    runner.setSessionDir(m_dir);
    const QList<CheckResult> checks = runner.run();
    QJsonArray json;
    for (const CheckResult &c : checks)
        json.append(c.toJson());
    const PlanOptions resolved = runner.resolvedOptions();
    m_ctx->note([&](SessionRecord &r) {
        r.preflight = json;
        r.options = resolved;
    });
    save();
    return checks;
}

void MigrationSession::setOptions(const PlanOptions &options)
{
    m_ctx->note([&](SessionRecord &r) { r.options = options; });
    save();
}

Plan MigrationSession::plan() const
{
    return PlanBuilder::build(options(), m_dir);
}

StepResult MigrationSession::verifyAgain(CancelToken *cancel)
{
    m_ctx->cancel = cancel;
    VerifyStep step(options());
    const StepResult result = step.run(*m_ctx);
    m_ctx->cancel = nullptr;
    save();
    return result;
}

bool MigrationSession::remember(QString *error) const
{
    return SessionHistory::remember(m_ctx->snapshot(), recordPath(), error);
}

bool MigrationSession::writeReports(QStringList *written, QString *error) const
{
    return ReportRenderer::write(m_ctx->snapshot().toJson(), QDir(m_dir).filePath(QStringLiteral("report")), written, error);
}

} // namespace pgcrossing

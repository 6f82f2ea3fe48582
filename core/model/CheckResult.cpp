#include "CheckResult.h"

namespace pgcrossing {

CheckResult CheckResult::make(const QString &id, const QString &title, Severity severity)
{
    CheckResult c;
    c.id = id;
    c.title = title;
    c.severity = severity;
    return c;
}

QString CheckResult::severityName(Severity s)
{
    switch (s) {
    case Severity::Blocker: return QStringLiteral("blocker");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString CheckResult::statusName(Status s)
{
    switch (s) {
    case Status::Passed: return QStringLiteral("passed");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Error: return QStringLiteral("error");
    case Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("found"), found},
                  {QStringLiteral("expected"), expected},
                  {QStringLiteral("remedy"), remedy}};
    if (!database.isEmpty())
        o[QStringLiteral("database")] = database;
    if (!fix.isEmpty())
        o[QStringLiteral("fix")] = fix;
    if (!hostKeyFingerprint.isEmpty())
        o[QStringLiteral("hostKeyFingerprint")] = hostKeyFingerprint;
    return o;
}

} // namespace pgcrossing

#include "StatusIcon.h"

#include "report/ReportBuilder.h"

namespace pgcrossing::StatusIcon {

namespace {
enum class Icon { Ok, Warning, Error, Running, Cancelled, Skipped, Pending };

QIcon icon(Icon i)
{
    // The theme's icon when the desktop has one, else ours from resources/icons (bundled in the binary).
    auto themed = [](const char *name, const char *bundled) {
        return QIcon::fromTheme(QString::fromLatin1(name), QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(bundled))));
    };
    switch (i) {
    case Icon::Ok: return themed("emblem-ok", "ok");
    case Icon::Warning: return themed("dialog-warning", "warning");
    case Icon::Error: return themed("dialog-error", "error");
    case Icon::Running: return themed("media-playback-start", "running");
    case Icon::Cancelled: return themed("process-stop", "cancelled");
    case Icon::Skipped: return themed("go-next", "skipped");
    case Icon::Pending: break;
    }
    return themed("content-loading", "pending");
}
} // namespace

QIcon forStatus(StepStatus s)
{
    switch (s) {
    case StepStatus::Ok: return icon(Icon::Ok);
    case StepStatus::Warning: return icon(Icon::Warning);
    case StepStatus::Failed: return icon(Icon::Error);
    case StepStatus::Running: return icon(Icon::Running);
    case StepStatus::Cancelled: return icon(Icon::Cancelled);
    case StepStatus::Skipped: return icon(Icon::Skipped);
    case StepStatus::Pending: break;
    }
    return icon(Icon::Pending);
}

QIcon forTone(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Ok: return icon(Icon::Ok);
    case ReportTone::Bad:
    case ReportTone::Error: return icon(Icon::Error);
    case ReportTone::Info: return icon(Icon::Skipped);
    case ReportTone::Muted: return icon(Icon::Cancelled);
    case ReportTone::Warning: return icon(Icon::Warning);
    case ReportTone::None: break;
    }
    return icon(Icon::Pending);
}

QIcon forStatus(TableStatus s)
{
    return forTone(ReportBuilder::statusTone(s));
}

QIcon forStatus(InventoryStatus s)
{
    return forTone(ReportBuilder::statusTone(s));
}

QIcon forStatus(const QString &s)
{
    if (s == QLatin1String("passed"))
        return icon(Icon::Ok);
    if (s == QLatin1String("warning") || s == QLatin1String("info"))
        return icon(Icon::Warning);
    if (s == QLatin1String("failed") || s == QLatin1String("blocker") || s == QLatin1String("error"))
        return icon(Icon::Error);
    if (s == QLatin1String("skipped"))
        return icon(Icon::Skipped);
    return icon(Icon::Pending);
}

QIcon forStatus(SessionOutcome outcome)
{
    return forTone(ReportBuilder::outcomeTone(outcome));
}

QString colourOf(SessionOutcome outcome)
{
    switch (ReportBuilder::outcomeTone(outcome)) {
    case ReportTone::Ok: return QStringLiteral("#1b7f3b");
    case ReportTone::Bad: return QStringLiteral("#b00020");
    case ReportTone::Muted: return QStringLiteral("#555555");
    default: break;
    }
    return QStringLiteral("#9a6700");
}

} // namespace pgcrossing::StatusIcon

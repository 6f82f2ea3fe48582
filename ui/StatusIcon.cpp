#include "StatusIcon.h"


namespace pgcrossing::StatusIcon {

QIcon forStatus(const QString &s)
{
    // The theme's icon when the desktop has one, else ours from resources/icons (bundled in the binary).
    auto themed = [](const char *name, const char *bundled) {
        return QIcon::fromTheme(QString::fromLatin1(name), QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(bundled))));
    };
    if (s == QLatin1String("ok") || s == QLatin1String("passed") || s == QLatin1String("equal"))
        return themed("emblem-ok", "ok");
    if (s == QLatin1String("warning") || s == QLatin1String("info"))
        return themed("dialog-warning", "warning");
    if (s == QLatin1String("failed") || s == QLatin1String("blocker") || s == QLatin1String("error") ||
        s == QLatin1String("differs") || s == QLatin1String("missing") || s == QLatin1String("extra"))
        return themed("dialog-error", "error");
    if (s == QLatin1String("running"))
        return themed("media-playback-start", "running");
    if (s == QLatin1String("cancelled"))
        return themed("process-stop", "cancelled");
    if (s == QLatin1String("skipped"))
        return themed("go-next", "skipped");
    return themed("content-loading", "pending");
}

} // namespace pgcrossing::StatusIcon

#include "StatusIcon.h"

#include <QApplication>
#include <QStyle>

namespace pgcrossing::StatusIcon {

QIcon forStatus(const QString &s)
{
    QStyle *style = QApplication::style();
    auto themed = [&](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(name), style->standardIcon(fallback));
    };
    if (s == QLatin1String("ok") || s == QLatin1String("passed") || s == QLatin1String("equal"))
        return themed("emblem-ok", QStyle::SP_DialogApplyButton);
    if (s == QLatin1String("warning") || s == QLatin1String("info"))
        return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
    if (s == QLatin1String("failed") || s == QLatin1String("blocker") || s == QLatin1String("error") ||
        s == QLatin1String("differs") || s == QLatin1String("missing") || s == QLatin1String("extra"))
        return themed("dialog-error", QStyle::SP_MessageBoxCritical);
    if (s == QLatin1String("running"))
        return themed("media-playback-start", QStyle::SP_MediaPlay);
    if (s == QLatin1String("cancelled"))
        return themed("process-stop", QStyle::SP_BrowserStop);
    if (s == QLatin1String("skipped"))
        return themed("go-next", QStyle::SP_ArrowForward);
    return themed("content-loading", QStyle::SP_FileDialogContentsView);
}

} // namespace pgcrossing::StatusIcon

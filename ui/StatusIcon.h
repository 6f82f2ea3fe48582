#pragma once
#include <QIcon>
#include <QString>

namespace pgcrossing {

// The icons of statuses shown on several pages (passed, warning, blocker, running, pending, cancelled):
// from the desktop theme when it has them, otherwise the ones bundled from resources/icons.
namespace StatusIcon {
QIcon forStatus(const QString &status); // "ok"/"passed"/"equal", "warning", "failed"/"blocker"/"differs", "running", …
}

} // namespace pgcrossing

#pragma once
#include "model/InventoryStatus.h"
#include "model/SessionOutcome.h"
#include "model/StepStatus.h"
#include "model/TableStatus.h"

#include <QIcon>
#include <QString>

namespace pgcrossing {

// The icons of statuses shown on several pages (passed, warning, blocker, running, pending, cancelled):
// from the desktop theme when it has them, otherwise the ones bundled from resources/icons.
namespace StatusIcon {
QIcon forStatus(StepStatus status);
QIcon forStatus(TableStatus status);
QIcon forStatus(InventoryStatus status); // "For information" (sizes) has the skipped icon: never a difference
QIcon forStatus(const QString &status); // the preflight's kinds: "passed", "warning", "blocker", "info", "skipped", …
// An end state's icon and text colour (ReportBuilder::outcomeTone): the Execute, Report and Start pages agree.
QIcon forStatus(SessionOutcome outcome);
QString colourOf(SessionOutcome outcome);
}

} // namespace pgcrossing

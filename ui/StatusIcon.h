#pragma once
#include "model/InventoryStatus.h"
#include "model/SessionOutcome.h"
#include "model/StepStatus.h"
#include "model/TableStatus.h"
#include "report/ReportDocument.h"

#include <QIcon>
#include <QString>

namespace pgcrossing {

// The icons of statuses shown on several pages (passed, warning, blocker, running, pending, cancelled):
// from the desktop theme when it has them, otherwise the ones bundled from resources/icons.
namespace StatusIcon {
// A tone's icon: Ok a check, Bad and Error the error icon, Warning the warning, Info the skipped icon
// (never a difference), Muted the cancelled one.
QIcon forTone(ReportTone tone);
QIcon forStatus(StepStatus status);
// A table's and an inventory item's icon: their tone as the report marks them (ReportBuilder::statusTone).
QIcon forStatus(TableStatus status);
QIcon forStatus(InventoryStatus status);
QIcon forStatus(const QString &status); // the preflight's kinds: "passed", "warning", "blocker", "info", "skipped", …
// An end state's icon and text colour (ReportBuilder::outcomeTone): the Execute, Report and Start pages agree.
QIcon forStatus(SessionOutcome outcome);
QString colourOf(SessionOutcome outcome);
}

} // namespace pgcrossing

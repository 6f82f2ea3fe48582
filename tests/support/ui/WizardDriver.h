#pragma once
#include "model/PlanOptions.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QTreeWidgetItem;
class QWidget;

namespace pgcrossing {
class ExecutePage;
class MigrationWizard;
class ModePage;
}

namespace pgcrossing::test {

// Drives the real wizard the way a user does, against the sandbox's servers (its env file stands in for
// the demo's): the steps every UI test needs before it looks at what it is about. Each returns false,
// with a warning saying where it stopped, when a page did not get where a user would; wrap it in QVERIFY.
namespace WizardDriver {
inline constexpr int kStepTimeout = 120000;   // a probe, a checklist, a table read
inline constexpr int kRunTimeout = 600000;    // a whole run of the sandbox's databases

// A wizard on the Start page, its sessions under sessionsRoot, shown at size (the smallest laid out for).
std::unique_ptr<MigrationWizard> open(const QString &sessionsRoot, const QSize &size = QSize(1024, 700));
// Start (the sandbox as the demo) → Hosts (both tested) → Databases (these chosen, their sizes read) → the
// Mode page.
bool toMode(MigrationWizard &w, const QStringList &databases);
// → Mode (this mode, then choose() for more options) → Preflight, checked, acknowledged and confirmed.
bool toRun(MigrationWizard &w, const QStringList &databases, PlanOptions::Mode mode,
           const std::function<void(ModePage *)> &choose = {});
// From the Mode page with knowledge_db chosen: knowledge_db made on the target, then on to the Preflight
// page, whose checklist blocks on that taken name; the row of that check (target.free-names), or null.
QTreeWidgetItem *toTakenNameBlocker(MigrationWizard &w);
// Run: from the confirmed Preflight page to the Execute page's end.
bool run(MigrationWizard &w);
// Verify again on the Verify page, to its result.
bool verifyAgain(MigrationWizard &w);
// The Execute page log's row of the longest command line that runs tool (the dump itself, not
// `pg_dump --version`), or -1.
int longestCommand(ExecutePage *exec, const QString &tool);
// Saves w as PGX_SCREENSHOT_DIR/name.png when that variable is set.
void screenshot(QWidget *w, const QString &name);
} // namespace WizardDriver

} // namespace pgcrossing::test

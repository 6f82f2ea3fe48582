#pragma once
#include "Plan.h"
#include "model/PlanOptions.h"

namespace pgcrossing {

// Turns the user's options into the ordered steps of a plan, one Step per action:
//   backup only : inspect → back up globals → back up each database (files on this machine, or on the
//                 source host)
//   copy        : inspect → roles → [dump to a file on the source host → ship it to the target host] →
//                 [rename aside] → copy each database (streamed, or restored from the file) → sequences →
//                 ANALYZE → verify
//   stop-write  : inspect → [hold writes] → check no writers → as copy; on failure, undo the hold
//   verify only : inspect → verify (compares what is already on both sides)
// options.databases must be resolved (PreflightRunner fills it in).
namespace PlanBuilder {
Plan build(const PlanOptions &options, const QString &sessionDir);
// Where backup only writes its files on this machine: options.backupDir, default <sessionDir>/backup.
QString backupDir(const PlanOptions &options, const QString &sessionDir);
}

} // namespace pgcrossing

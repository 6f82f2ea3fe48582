#pragma once
#include "CodeTable.h"

#include <QMetaType>

namespace pgcrossing {

// Where one step of a plan stands: in the session record, in the Runner's signals and as what a step
// returns (StepResult::Status is this enum; a step returns Ok, Warning, Failed or Cancelled). Codes:
// pending, running, ok, warning, failed, cancelled, skipped.
enum class StepStatus { Pending, Running, Ok, Warning, Failed, Cancelled, Skipped };

template <>
const CodeTable<StepStatus> &codeTable<StepStatus>();

// Done, with or without warnings: a resumed run skips it.
inline bool isDone(StepStatus s) { return s == StepStatus::Ok || s == StepStatus::Warning; }

} // namespace pgcrossing

Q_DECLARE_METATYPE(pgcrossing::StepStatus)

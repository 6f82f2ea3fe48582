#include "StepStatus.h"

namespace pgcrossing {

template <>
const CodeTable<StepStatus> &codeTable<StepStatus>()
{
    static constexpr CodeEntry<StepStatus> entries[] = {
        {StepStatus::Pending, "pending", QT_TRANSLATE_NOOP("StepStatus", "Not run")},
        {StepStatus::Running, "running", QT_TRANSLATE_NOOP("StepStatus", "Running")},
        {StepStatus::Ok, "ok", QT_TRANSLATE_NOOP("StepStatus", "Done")},
        {StepStatus::Warning, "warning", QT_TRANSLATE_NOOP("StepStatus", "Done with warnings")},
        {StepStatus::Failed, "failed", QT_TRANSLATE_NOOP("StepStatus", "Failed")},
        {StepStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("StepStatus", "Cancelled")},
        {StepStatus::Skipped, "skipped", QT_TRANSLATE_NOOP("StepStatus", "Skipped")},
    };
    static constexpr CodeTable<StepStatus> table("StepStatus", entries);
    return table;
}

} // namespace pgcrossing

#include "SessionOutcome.h"

namespace pgcrossing {

template <>
const CodeTable<SessionOutcome> &codeTable<SessionOutcome>()
{
    static constexpr CodeEntry<SessionOutcome> entries[] = {
        {SessionOutcome::Running, "running", QT_TRANSLATE_NOOP("SessionOutcome", "Incomplete (the session did not finish)")},
        {SessionOutcome::Succeeded, "succeeded", QT_TRANSLATE_NOOP("SessionOutcome", "Succeeded")},
        {SessionOutcome::SucceededWithWarnings, "succeeded-with-warnings",
         QT_TRANSLATE_NOOP("SessionOutcome", "Succeeded with warnings")},
        {SessionOutcome::Failed, "failed", QT_TRANSLATE_NOOP("SessionOutcome", "Failed")},
        {SessionOutcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("SessionOutcome", "Cancelled")},
        {SessionOutcome::Interrupted, "interrupted", QT_TRANSLATE_NOOP("SessionOutcome", "Interrupted (pgcrossing stopped before the session ended)")},
    };
    static constexpr CodeTable<SessionOutcome> table("SessionOutcome", entries);
    return table;
}

} // namespace pgcrossing

#include "VerifyStep.h"

#include "migration/StepContext.h"

namespace pgcrossing {

StepResult VerifyStep::run(StepContext &)
{
    return StepResult::failed(QStringLiteral("verification engine not wired yet"));
}

} // namespace pgcrossing

#include "StepResult.h"

#include <QCoreApplication>

namespace pgcrossing {

StepResult StepResult::cancelled()
{
    return {Status::Cancelled, QCoreApplication::translate("StepResult", "cancelled"), {}};
}

} // namespace pgcrossing

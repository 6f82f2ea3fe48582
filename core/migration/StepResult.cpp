#include "StepResult.h"

#include <QCoreApplication>

namespace pgcrossing {

StepResult StepResult::cancelled()
{
    return {Status::Cancelled, QCoreApplication::translate("StepResult", "cancelled"), {}};
}

QString StepResult::statusName(Status s)
{
    switch (s) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Warning: return QStringLiteral("warning");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace pgcrossing

#pragma once
#include "model/StepStatus.h"

#include <QString>

namespace pgcrossing {

// What a Step returns to the Runner: never an exception across threads. Its status is the one the step's
// record keeps (Ok, Warning, Failed or Cancelled).
struct StepResult {
    using Status = StepStatus;
    Status status = Status::Ok;
    QString message;   // one line for the user
    QString details;   // the tool's own words (stderr), verbatim

    static StepResult ok(const QString &message = {}) { return {Status::Ok, message, {}}; }
    static StepResult warning(const QString &message, const QString &details = {}) { return {Status::Warning, message, details}; }
    static StepResult failed(const QString &message, const QString &details = {}) { return {Status::Failed, message, details}; }
    static StepResult cancelled();
    bool succeeded() const { return status == Status::Ok || status == Status::Warning; }
};

} // namespace pgcrossing

#pragma once
#include <QString>

namespace pgcrossing {

// What a Step returns to the Runner: never an exception across threads.
struct StepResult {
    enum class Status { Ok, Warning, Failed, Cancelled };
    Status status = Status::Ok;
    QString message;   // one line for the user
    QString details;   // the tool's own words (stderr), verbatim

    static StepResult ok(const QString &message = {}) { return {Status::Ok, message, {}}; }
    static StepResult warning(const QString &message, const QString &details = {}) { return {Status::Warning, message, details}; }
    static StepResult failed(const QString &message, const QString &details = {}) { return {Status::Failed, message, details}; }
    static StepResult cancelled();
    bool succeeded() const { return status == Status::Ok || status == Status::Warning; }
    static QString statusName(Status s);
};

} // namespace pgcrossing

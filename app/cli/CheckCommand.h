#pragma once
#include "SessionCommand.h"

namespace pgcrossing {

// pgcrossing-cli check: the preflight checklist for the mode and options given, and nothing else.
class CheckCommand : public SessionCommand {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("run the preflight checks and print the checklist"); }
    CliOptions::Command options() const override { return CliOptions::Check; }

protected:
    void chooseMode(PlanOptions *) const override {} // --mode (or the plan file) says what is checked
    bool runsPlan() const override { return false; }
};

} // namespace pgcrossing

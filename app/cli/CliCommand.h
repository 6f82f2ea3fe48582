#pragma once
#include "CliOptions.h"

#include <QCommandLineParser>
#include <QString>

namespace pgcrossing {

// One command of pgcrossing-cli: its word, a line for the overview, which options it takes (CliOptions
// holds them all), and what it does once its arguments parsed. A new command is one file plus one line in
// CliApp's list.
class CliCommand {
public:
    // The documented exit codes, the same for every command.
    enum Exit { Ok = 0, Usage = 1, Blocked = 2, Failed = 3, Different = 4, Cancelled = 5 };

    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual CliOptions::Command options() const = 0;
    virtual int run(const QCommandLineParser &args) = 0;
};

} // namespace pgcrossing

#pragma once
#include "CliCommand.h"

namespace pgcrossing {

// pgcrossing-cli revert --session RECORD: undo every change a session recorded on the source.
class RevertCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("revert"); }
    QString summary() const override { return QStringLiteral("undo the changes a session made on the source (--session RECORD.json)"); }
    CliOptions::Command options() const override { return CliOptions::Revert; }
    int run(const QCommandLineParser &args) override;
};

} // namespace pgcrossing

#pragma once
#include "CliCommand.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace pgcrossing {

// pgcrossing-cli: finds the command, parses its options with its own QCommandLineParser (COMMAND --help
// prints that command's options and runs nothing; an unknown option is refused with exit 1) and hands the
// parsed arguments to it. It holds no migration logic: the commands drive core's session pipeline.
class CliApp {
public:
    CliApp();
    int run(const QStringList &args);

private:
    QString overview() const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace pgcrossing

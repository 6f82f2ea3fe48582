#pragma once
#include <QStringList>

namespace pgcrossing {

// pgcrossing-cli: parses arguments, loads a plan, drives the core, prints progress on stderr.
class CliApp {
public:
    int run(const QStringList &args);
};

} // namespace pgcrossing

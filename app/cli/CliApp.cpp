#include "CliApp.h"

#include <cstdio>

namespace pgcrossing {

int CliApp::run(const QStringList &)
{
    std::fputs("pgcrossing-cli: not implemented yet\n", stderr);
    return 1;
}

} // namespace pgcrossing

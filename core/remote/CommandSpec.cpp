#include "CommandSpec.h"

#include "ShellQuote.h"

namespace pgcrossing {

QString CommandSpec::display() const
{
    return ShellQuote::join(argv);
}

} // namespace pgcrossing

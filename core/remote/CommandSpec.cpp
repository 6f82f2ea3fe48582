#include "CommandSpec.h"

#include "ShellQuote.h"

namespace pgcrossing {

QString CommandSpec::display() const
{
    return ShellQuote::join(argv);
}

CommandSpec CommandSpec::plain(const QStringList &argv, const QString &purpose)
{
    CommandSpec spec;
    spec.argv = argv;
    spec.purpose = purpose;
    return spec;
}

} // namespace pgcrossing

#include "CommandResult.h"

#include <QStringList>

namespace pgcrossing {

QString CommandResult::errTail(int maxLines) const
{
    QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace pgcrossing

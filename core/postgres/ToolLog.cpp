#include "ToolLog.h"

#include <QStringList>

namespace pgcrossing::ToolLog {

QString lastError(const QString &toolStderr, const QString &tool)
{
    const QString error = tool + QStringLiteral(": error: ");
    const QString detail = tool + QStringLiteral(": detail: ");
    QStringList found;
    for (const QString &raw : toolStderr.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(error))
            found = QStringList{line.mid(error.size())};
        else if (!found.isEmpty() && line.startsWith(detail) && !line.mid(detail.size()).startsWith(QLatin1String("Command was:")) &&
                 !line.mid(detail.size()).startsWith(QLatin1String("Query was:")))
            found << line.mid(detail.size());
    }
    return found.join(QLatin1Char(' '));
}

} // namespace pgcrossing::ToolLog

#include "RestoreLog.h"

#include <QRegularExpression>

namespace pgcrossing::RestoreLog {

int ignoredErrors(const QString &pgRestoreStderr)
{
    // A whole line of pg_restore's own (PostgreSQL 12 and newer prefix the program's name and level; older
    // ones print "WARNING: errors ignored on restore: N"). A server message quoted on another line cannot
    // end in this shape.
    static const QRegularExpression summary(
        QStringLiteral("^(?:pg_restore: warning: |WARNING: )errors ignored on restore: (\\d+)$"),
        QRegularExpression::MultilineOption);
    int count = -1;
    for (auto it = summary.globalMatch(pgRestoreStderr); it.hasNext();)
        count = it.next().captured(1).toInt();
    return count;
}

} // namespace pgcrossing::RestoreLog

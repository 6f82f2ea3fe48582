#include "RestoreLog.h"

#include "ToolLog.h"

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

Stop stoppedAt(const QString &pgRestoreStderr)
{
    // "from TOC entry 215; 1259 16390 TABLE users app_owner": the last one before the error is the object.
    static const QRegularExpression toc(QStringLiteral("^pg_restore: from TOC entry \\d+; \\d+ \\d+ (.+)$"),
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression command(QStringLiteral("^Command was: (.+)$"), QRegularExpression::MultilineOption);
    Stop stop;
    stop.error = ToolLog::lastError(pgRestoreStderr, QStringLiteral("pg_restore"));
    for (auto it = command.globalMatch(pgRestoreStderr); it.hasNext();)
        stop.object = it.next().captured(1).trimmed();
    for (auto it = toc.globalMatch(pgRestoreStderr); it.hasNext();)
        stop.object = it.next().captured(1).trimmed();
    if (stop.object.endsWith(QLatin1Char(';')))
        stop.object.chop(1);
    constexpr int kLongest = 300; // a statement may be a whole function body
    if (stop.object.size() > kLongest)
        stop.object = stop.object.left(kLongest) + QStringLiteral("…");
    return stop;
}

} // namespace pgcrossing::RestoreLog

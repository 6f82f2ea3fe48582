#pragma once
#include <QDateTime>
#include <QString>

namespace pgcrossing {

// One external command as the session record keeps it. No secret ever reaches these fields.
struct CommandRecord {
    int id = 0;
    QString host;
    QString command;     // shell-quoted argv as the user could paste it (without our sh preamble)
    QString purpose;
    QDateTime started;
    QDateTime finished;
    int exitCode = -1;   // -1: killed / cancelled / never finished
    bool cancelled = false;
    QString stderrTail;
};

} // namespace pgcrossing

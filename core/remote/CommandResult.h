#pragma once
#include "model/SshError.h"

#include <QByteArray>
#include <QString>

namespace pgcrossing {

// The outcome of one command run to completion by Shell::run().
struct CommandResult {
    bool started = false;       // false: the command could not be started; see error
    bool cancelled = false;
    int exitCode = -1;          // -1: killed, crashed or never started
    QByteArray out;             // stdout (up to the limit the caller gave)
    QByteArray err;             // stderr (secrets masked)
    QString error;              // why it could not start / was cut, in words for the user
    SshError ssh;               // not started because the SSH connection failed: why (kind None otherwise)
    qint64 millis = 0;

    bool ok() const { return started && !cancelled && exitCode == 0; }
    // stderr's last lines, the way logs and reports show them.
    QString errTail(int maxLines = 20) const;
};

} // namespace pgcrossing

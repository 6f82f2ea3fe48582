#pragma once
#include "remote/CommandSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pgcrossing {

class StepContext;
class Shell;

// Runs a producer tool (pg_dump, pg_dumpall) on one host and streams its stdout either into a consumer
// tool (pg_restore, psql) on another host or into a file on this machine, through Relay. Both sides'
// stderr go to the live log as they come; both exit statuses are checked, so a failure anywhere in the
// pipe is a failure (never success on a broken pipe). Cancel kills both commands on their hosts.
class StreamTransfer {
    Q_DECLARE_TR_FUNCTIONS(StreamTransfer)

public:
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        qint64 bytes = 0;
        QByteArray sha256;          // hex, for file sinks
        int producerExit = -1;
        int consumerExit = -1;
        QString producerErr;
        QString consumerErr;
        QString message;            // one line for the user when !ok
    };

    static Outcome toProcess(StepContext &ctx, Shell &fromShell, const CommandSpec &producer, Shell &toShell,
                             const CommandSpec &consumer, qint64 expectedBytes);
    static Outcome toFile(StepContext &ctx, Shell &fromShell, const CommandSpec &producer, const QString &path,
                          qint64 expectedBytes);

    // The status text of a transfer's progress ("12.50 MiB of about 40.00 MiB", "3.20 MiB transferred", in
    // the user's language). The bytes themselves go to StepContext::transferred, as data.
    static QString progressText(qint64 bytes, qint64 expectedBytes);
};

} // namespace pgcrossing

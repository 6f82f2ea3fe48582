#pragma once
#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace pgcrossing {

// One running command on some host, driven by blocking calls from a single worker thread.
// Implementations keep draining stderr whenever they wait, so a chatty stderr never blocks stdout.
class RemoteProcess {
public:
    virtual ~RemoteProcess() = default;

    // Writes all bytes to the process's stdin, blocking until they are accepted (back-pressure).
    // Returns false if the process stopped reading (it exited or the channel broke).
    virtual bool writeStdin(const char *data, qint64 size) = 0;
    virtual void closeStdin() = 0;

    // Reads up to max bytes of stdout, waiting at most timeoutMs.
    // Returns the count read (> 0), 0 when nothing came in time, -1 once stdout has ended.
    virtual qint64 readStdout(char *buf, qint64 max, int timeoutMs) = 0;

    // stderr received so far that has not been taken yet.
    virtual QByteArray takeStderr() = 0;

    // Waits for the process to exit; false if it had not exited within timeoutMs.
    virtual bool waitForFinished(int timeoutMs) = 0;
    // The exit status once finished; -1 if it was killed by a signal or is unknown.
    virtual int exitCode() const = 0;

    // Stops the process on its host for real (not just our end of the pipe) and releases it.
    virtual void terminate() = 0;

    // Empty while the way to the host works; once it broke, why, in words that follow "the connection to
    // HOST" ("dropped (Socket error: Connection reset by peer)", "went silent: …"). The process then reads as
    // finished with an unknown exit code: nothing more will come from it.
    virtual QString linkError() const { return {}; }
};

} // namespace pgcrossing

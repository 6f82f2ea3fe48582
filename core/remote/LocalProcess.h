#pragma once
#include "RemoteProcess.h"

#include <QProcess>

namespace pgcrossing {

// A command on this machine, run by QProcess in blocking mode on the calling (worker) thread.
class LocalProcess : public RemoteProcess {
public:
    LocalProcess() = default;
    ~LocalProcess() override;

    bool startProgram(const QStringList &argv, QString *error);

    bool writeStdin(const char *data, qint64 size) override;
    void closeStdin() override;
    qint64 readStdout(char *buf, qint64 max, int timeoutMs) override;
    QByteArray takeStderr() override;
    bool waitForFinished(int timeoutMs) override;
    int exitCode() const override;
    void terminate() override;

private:
    QProcess m_proc;
};

} // namespace pgcrossing

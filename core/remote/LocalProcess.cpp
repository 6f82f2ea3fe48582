#include "LocalProcess.h"

#include "Shell.h"

namespace pgcrossing {

namespace {
// QProcess keeps unwritten stdin in memory; above this much we wait for the child to take it.
constexpr qint64 kMaxPendingWrite = 1024 * 1024;
} // namespace

LocalProcess::~LocalProcess()
{
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

bool LocalProcess::startProgram(const QStringList &argv, QString *error)
{
    if (argv.isEmpty()) {
        if (error)
            *error = Shell::tr("empty command");
        return false;
    }
    m_proc.setProgram(argv.first());
    m_proc.setArguments(argv.mid(1));
    m_proc.setReadChannel(QProcess::StandardOutput);
    m_proc.start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!m_proc.waitForStarted(10000)) {
        if (error)
            *error = Shell::tr("cannot start %1: %2").arg(argv.first(), m_proc.errorString());
        return false;
    }
    return true;
}

bool LocalProcess::writeStdin(const char *data, qint64 size)
{
    if (m_proc.state() != QProcess::Running)
        return false;
    if (m_proc.write(data, size) != size)
        return false;
    // Hand the bytes to the pipe now, without blocking, so the consumer never waits on our buffer.
    m_proc.waitForBytesWritten(0);
    while (m_proc.bytesToWrite() > kMaxPendingWrite) {
        if (!m_proc.waitForBytesWritten(100) && m_proc.state() != QProcess::Running)
            return false;
    }
    return true;
}

void LocalProcess::closeStdin()
{
    while (m_proc.bytesToWrite() > 0 && m_proc.state() == QProcess::Running)
        m_proc.waitForBytesWritten(100);
    m_proc.closeWriteChannel();
}

qint64 LocalProcess::readStdout(char *buf, qint64 max, int timeoutMs)
{
    if (m_proc.bytesAvailable() == 0) {
        if (m_proc.state() == QProcess::NotRunning)
            return -1;
        if (!m_proc.waitForReadyRead(timeoutMs)) {
            if (m_proc.state() == QProcess::NotRunning && m_proc.bytesAvailable() == 0)
                return -1;
            if (m_proc.bytesAvailable() == 0)
                return 0;
        }
    }
    return m_proc.read(buf, max);
}

QByteArray LocalProcess::takeStderr()
{
    return m_proc.readAllStandardError();
}

bool LocalProcess::waitForFinished(int timeoutMs)
{
    if (m_proc.state() == QProcess::NotRunning)
        return true;
    return m_proc.waitForFinished(timeoutMs) || m_proc.state() == QProcess::NotRunning;
}

int LocalProcess::exitCode() const
{
    if (m_proc.state() != QProcess::NotRunning || m_proc.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_proc.exitCode();
}

void LocalProcess::terminate()
{
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

} // namespace pgcrossing

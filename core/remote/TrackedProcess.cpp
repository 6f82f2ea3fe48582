#include "TrackedProcess.h"

#include "CommandJournal.h"
#include "Shell.h"

#include <QElapsedTimer>

namespace pgcrossing {

namespace {
constexpr qsizetype kTailBytes = 8192;
const QByteArray kPidTag = QByteArrayLiteral("pgcrossing-pid ");
} // namespace

TrackedProcess::TrackedProcess(std::unique_ptr<RemoteProcess> inner, Shell *shell,
                               CommandJournal *journal, int journalId)
    : m_inner(std::move(inner)), m_shell(shell), m_journal(journal), m_journalId(journalId)
{
}

TrackedProcess::~TrackedProcess()
{
    if (!m_finished && !m_terminated)
        terminate();
    finishJournal(m_terminated);
}

void TrackedProcess::absorbStderr()
{
    QByteArray chunk = m_inner->takeStderr();
    if (chunk.isEmpty())
        return;
    if (!m_sawPidLine) {
        m_pendingErr += chunk;
        const qsizetype nl = m_pendingErr.indexOf('\n');
        if (nl < 0)
            return;
        const QByteArray first = m_pendingErr.left(nl);
        if (first.startsWith(kPidTag)) {
            m_pid = QString::fromLatin1(first.mid(kPidTag.size())).trimmed();
            m_pendingErr.remove(0, nl + 1);
        }
        m_sawPidLine = true;
        chunk = m_pendingErr;
        m_pendingErr.clear();
    }
    m_pendingErr += chunk;
    m_tail += chunk;
    if (m_tail.size() > kTailBytes)
        m_tail = m_tail.right(kTailBytes);
}

bool TrackedProcess::writeStdin(const char *data, qint64 size)
{
    const bool ok = m_inner->writeStdin(data, size);
    absorbStderr();
    return ok;
}

void TrackedProcess::closeStdin()
{
    m_inner->closeStdin();
}

qint64 TrackedProcess::readStdout(char *buf, qint64 max, int timeoutMs)
{
    const qint64 n = m_inner->readStdout(buf, max, timeoutMs);
    absorbStderr();
    return n;
}

QByteArray TrackedProcess::takeStderr()
{
    absorbStderr();
    if (!m_sawPidLine)
        return {};
    QByteArray out;
    out.swap(m_pendingErr);
    return out;
}

bool TrackedProcess::waitForFinished(int timeoutMs)
{
    const bool done = m_inner->waitForFinished(timeoutMs);
    absorbStderr();
    // The way to the host broke: nothing more will come, but the command may still run there, so it is
    // not finished for terminate(), which kills it on its host if that can be reached.
    if (done && !m_inner->linkError().isEmpty())
        return true;
    if (done && !m_finished) {
        m_finished = true;
        if (!m_sawPidLine) { // a process that died before writing a full line: keep what it said
            m_sawPidLine = true;
            m_tail += m_pendingErr;
        }
        finishJournal(false);
    }
    return done;
}

int TrackedProcess::exitCode() const
{
    return m_inner->exitCode();
}

void TrackedProcess::terminate()
{
    if (m_terminated)
        return;
    m_terminated = true;
    if (!m_finished) {
        // The pid line is the first thing the preamble writes; give it a moment to arrive.
        QElapsedTimer t;
        t.start();
        while (m_pid.isEmpty() && !m_sawPidLine && t.elapsed() < 3000) {
            if (m_inner->waitForFinished(50)) {
                m_finished = true;
                break;
            }
            absorbStderr();
        }
        if (!m_finished && !m_pid.isEmpty() && m_shell) {
            // Kill on the command's own host; the kill itself is not journalled as a user command.
            QString error;
            for (const char *sig : {"-TERM", "-KILL"}) {
                auto killer = m_shell->startArgv({QStringLiteral("kill"), QString::fromLatin1(sig), m_pid}, &error);
                if (!killer)
                    break; // the host cannot be reached (a link gone silent): a second try would wait as long
                killer->closeStdin();
                killer->waitForFinished(5000);
                if (m_inner->waitForFinished(2000)) {
                    m_finished = true;
                    break;
                }
            }
        }
    }
    m_inner->terminate();
    absorbStderr();
    finishJournal(true);
}

QString TrackedProcess::stderrTail() const
{
    return QString::fromUtf8(m_tail);
}

void TrackedProcess::finishJournal(bool cancelled)
{
    if (m_journalDone || !m_journal)
        return;
    m_journalDone = true;
    QStringList lines = QString::fromUtf8(m_tail).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > 20)
        lines = lines.mid(lines.size() - 20);
    m_journal->end(m_journalId, cancelled ? -1 : m_inner->exitCode(), cancelled, lines.join(QLatin1Char('\n')));
}

} // namespace pgcrossing

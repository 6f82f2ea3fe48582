#pragma once
#include "RemoteProcess.h"

#include <QString>
#include <memory>

namespace pgcrossing {

class Shell;
class CommandJournal;

// The process Shell::start() hands out: it wraps the host's raw process, feeds the secret line,
// takes the "pgcrossing-pid N" line our sh preamble writes first to stderr, keeps a stderr tail for the
// journal, and on terminate() kills the command by pid on its own host (through the same shell, so a
// command inside a container is killed inside that container) before closing our end.
class TrackedProcess : public RemoteProcess {
public:
    TrackedProcess(std::unique_ptr<RemoteProcess> inner, Shell *shell, CommandJournal *journal,
                   int journalId);
    ~TrackedProcess() override;

    bool writeStdin(const char *data, qint64 size) override;
    void closeStdin() override;
    qint64 readStdout(char *buf, qint64 max, int timeoutMs) override;
    QByteArray takeStderr() override;
    bool waitForFinished(int timeoutMs) override;
    int exitCode() const override;
    QString linkError() const override { return m_inner->linkError(); }
    void terminate() override;

    // The command's pid on its host, once the preamble reported it (empty before).
    QString stderrTail() const;

private:
    void absorbStderr();
    void finishJournal(bool cancelled);

    std::unique_ptr<RemoteProcess> m_inner;
    Shell *m_shell;
    CommandJournal *m_journal;
    int m_journalId;
    QString m_pid;
    QByteArray m_pendingErr;   // taken from the inner process, not yet given to the caller
    QByteArray m_tail;         // last bytes of stderr, for the journal
    bool m_sawPidLine = false;
    bool m_finished = false;
    bool m_journalDone = false;
    bool m_terminated = false;
};

} // namespace pgcrossing

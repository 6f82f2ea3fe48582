#include "Shell.h"

#include "CancelToken.h"
#include "CommandJournal.h"
#include "TrackedProcess.h"

#include <QElapsedTimer>

namespace pgcrossing {

QStringList Shell::wrappedArgv(const CommandSpec &spec)
{
    // The preamble is a constant: nothing from the user is ever spliced into it. User words travel
    // as positional parameters and reach the program through "$@", unparsed.
    // The tools' own messages are pinned to the C locale, whatever the host's or the SSH session's
    // locale is (a zh_CN.UTF-8 host translates psql's and pg_restore's words, and decisions must not
    // depend on them). Data is unaffected: psql's client_encoding is pinned in SQL by PgClient,
    // pg_dump writes the database's encoding and pg_restore the archive's, none of them from the locale
    // (only a terminal's "auto" would be). PGCLIENTENCODING is deliberately left alone: pg_dump would
    // take it as the dump's encoding. LANGUAGE is ignored by gettext under C, and dropped anyway.
    QString script = QStringLiteral("LC_ALL=C; export LC_ALL; unset LANGUAGE; echo \"pgcrossing-pid $$\" >&2; ");
    if (!spec.secret.isEmpty())
        script += QStringLiteral("IFS= read -r %1 || exit 97; export %1; ").arg(spec.secretEnv);
    script += QStringLiteral("exec \"$@\"");
    return QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("pgcrossing")}
           + spec.argv;
}

std::unique_ptr<RemoteProcess> Shell::start(const CommandSpec &spec, QString *error, SshError *sshError)
{
    if (spec.secret.contains('\n')) {
        if (error)
            *error = tr("a password may not contain a line break");
        return nullptr;
    }
    const int id = m_journal ? m_journal->begin(hostLabel(), spec.display(), spec.purpose) : 0;
    QString err;
    auto raw = startArgv(wrappedArgv(spec), &err, sshError);
    if (!raw) {
        if (m_journal)
            m_journal->end(id, -1, false, err);
        if (error)
            *error = err;
        return nullptr;
    }
    auto proc = std::make_unique<TrackedProcess>(std::move(raw), this, m_journal, id);
    if (!spec.secret.isEmpty()) {
        const QByteArray line = spec.secret + '\n';
        proc->writeStdin(line.constData(), line.size());
    }
    return proc;
}

CommandResult Shell::run(const CommandSpec &spec, const QByteArray &stdinData, const CancelToken *cancel,
                         qint64 maxOut)
{
    CommandResult res;
    QElapsedTimer timer;
    timer.start();
    auto proc = start(spec, &res.error, &res.ssh);
    if (!proc)
        return res;
    res.started = true;
    if (!stdinData.isEmpty())
        proc->writeStdin(stdinData.constData(), stdinData.size());
    proc->closeStdin();

    QByteArray buf(64 * 1024, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->isCancelled()) {
            proc->terminate();
            res.cancelled = true;
            break;
        }
        const qint64 n = proc->readStdout(buf.data(), buf.size(), 100);
        if (n < 0)
            break;
        if (n > 0) {
            if (res.out.size() + n > maxOut) {
                proc->terminate();
                res.error = tr("output larger than %1 bytes; stopped").arg(maxOut);
                res.cancelled = true;
                break;
            }
            res.out.append(buf.constData(), n);
        }
        res.err += proc->takeStderr();
    }
    if (!res.cancelled) {
        while (!proc->waitForFinished(100)) {
            if (cancel && cancel->isCancelled()) {
                proc->terminate();
                res.cancelled = true;
                break;
            }
        }
    }
    res.err += proc->takeStderr();
    if (m_journal)
        res.err = m_journal->mask(QString::fromUtf8(res.err)).toUtf8();
    res.exitCode = res.cancelled ? -1 : proc->exitCode();
    if (res.error.isEmpty() && !proc->linkError().isEmpty())
        res.error = tr("the SSH connection to %1 %2").arg(hostLabel(), proc->linkError());
    res.millis = timer.elapsed();
    return res;
}

} // namespace pgcrossing

#include "DumpFileStep.h"

#include "BackupDatabaseStep.h"
#include "migration/HostFiles.h"
#include "migration/StepContext.h"
#include "migration/TextSearchLoan.h"
#include "remote/Shell.h"

#include <QDir>
#include <QLocale>

namespace pgcrossing {

QString DumpFileStep::baseDir(const PlanOptions &options)
{
    return options.dumpDir.isEmpty() ? QStringLiteral("/var/tmp/pgcrossing") : QDir::cleanPath(options.dumpDir);
}

QString DumpFileStep::folder(const PlanOptions &options, const QString &sessionId, const QString &side)
{
    return QDir::cleanPath(QStringLiteral("%1/%2/%3").arg(baseDir(options), sessionId, side));
}

QString DumpFileStep::path(const PlanOptions &options, const QString &sessionId, const QString &side, const QString &db)
{
    return folder(options, sessionId, side) + QLatin1Char('/') + BackupDatabaseStep::safeFileName(db) + QStringLiteral(".dump");
}

QString DumpFileStep::hostSha256(Shell &host, const QString &file, const CancelToken *cancel, QString *error)
{
    const CommandResult r = host.run(HostFiles::sha256(file), {}, cancel);
    const QString hex = QString::fromUtf8(r.out).section(QLatin1Char(' '), 0, 0).trimmed();
    if (!r.ok() || hex.size() != 64) {
        *error = r.error.isEmpty() ? r.errTail() : r.error;
        return {};
    }
    return hex;
}

QString DumpFileStep::title() const
{
    return m_db.source.isEmpty() ? tr("Dump roles and tablespaces (globals) to a file on the source host")
                                 : tr("Dump %1 to a file on the source host").arg(m_db.source);
}

StepResult DumpFileStep::run(StepContext &ctx)
{
    const bool globals = m_db.source.isEmpty();
    const QString id = ctx.snapshot().id;
    const QString file = globals ? folder(m_options, id, QStringLiteral("source")) + QStringLiteral("/globals.sql")
                                 : path(m_options, id, QStringLiteral("source"), m_db.source);
    Shell &host = HostFiles::hostShell(ctx.source->shell());
    QStringList args{QStringLiteral("-Fc")};
    if (globals)
        args = QStringList{QStringLiteral("--globals-only")};
    else if (m_options.compression > 0)
        args << QStringLiteral("-Z") << QString::number(m_options.compression);
    const QString tool = globals ? QStringLiteral("pg_dumpall") : QStringLiteral("pg_dump");
    // The text-search fix-up (never for a backup: the file must hold everything): lent for the dump's length.
    QList<TextSearchConfigs::Entry> lent;
    if (!globals && m_options.fixTextSearch && m_options.mode != PlanOptions::Mode::BackupOnly) {
        StepResult r = TextSearchLoan::find(ctx, m_db.source, &lent);
        if (r.succeeded())
            r = TextSearchLoan::lend(ctx, m_db.source, lent);
        if (!r.succeeded()) {
            TextSearchLoan::giveBack(ctx, m_db.source, lent);
            return r;
        }
    }
    ctx.progress(0, tr("%1 → %2 on %3").arg(tool, file, host.hostLabel()));
    const QString purpose = globals ? tr("dump the globals to %1").arg(file) : tr("dump %1 to %2").arg(m_db.source, file);
    const CommandResult d = host.run(HostFiles::toolToFile(*ctx.source, tool, args, m_db.source, file, purpose), {}, ctx.cancel);
    const QString notGivenBack = TextSearchLoan::giveBack(ctx, m_db.source, lent);
    if (!notGivenBack.isEmpty() && d.ok())
        return StepResult::failed(tr("the dump of %1 is made, but a text-search configuration was not given back on the "
                                     "source; resume the session, or run `pgcrossing-cli revert`").arg(m_db.source), notGivenBack);
    if (d.cancelled)
        return StepResult::cancelled();
    if (!d.ok())
        return StepResult::failed(tr("pg_dump of %1 into %2 on %3 failed").arg(m_db.source, file, host.hostLabel()),
                                  d.error.isEmpty() ? d.errTail() : d.error);
    QString error;
    const QString sum = hostSha256(host, file, ctx.cancel, &error);
    if (sum.isEmpty())
        return StepResult::failed(tr("cannot checksum %1 on %2").arg(file, host.hostLabel()), error);
    const CommandResult size = host.run(CommandSpec::plain({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%s"),
                                                            QStringLiteral("--"), file},
                                                           tr("size of %1").arg(file)));
    const qint64 bytes = QString::fromUtf8(size.out).trimmed().toLongLong();
    ctx.update([&](SessionRecord &r) {
        r.artifacts.append(Artifact{globals ? QStringLiteral("globals") : QStringLiteral("dump"), m_db.source, host.hostLabel(),
                                    file, bytes, sum});
    });
    QString done = tr("%1 (%2) on %3, sha256 %4").arg(file, QLocale::c().formattedDataSize(bytes), host.hostLabel(), sum.left(16));
    // Kept as a rollback artifact: say what it lacks, and how to recreate it.
    for (const TextSearchConfigs::Entry &e : lent)
        done += QStringLiteral("; ") + tr("without text-search configuration %1 (lent away for the dump; recreate it with "
                                          "CREATE TEXT SEARCH CONFIGURATION %1 (COPY = %2))").arg(e.config, e.copyFrom);
    return StepResult::ok(done);
}

} // namespace pgcrossing

#include "BackupDatabaseStep.h"

#include "migration/StepContext.h"
#include "migration/StreamTransfer.h"
#include "postgres/Catalog.h"
#include "postgres/ToolLog.h"
#include "remote/DiskFree.h"
#include "remote/LocalShell.h"
#include "remote/Shell.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace pgcrossing {

QString BackupDatabaseStep::title() const
{
    return m_db.isEmpty() ? tr("Back up roles and tablespaces (globals)") : tr("Back up database %1").arg(m_db);
}

QString BackupDatabaseStep::safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            out += c;
        else
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    if (out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1Char('_'));
    return out;
}

QString BackupDatabaseStep::shortOfSpace(StepContext &ctx, qint64 written) const
{
    // After a failed write: is the backup folder's disk short of what this dump needs (the preflight's estimate
    // of it)? Measured, never read from the error's words.
    LocalShell here;
    const DiskFree df = DiskFree::measure(here, m_dir);
    QString error;
    const qint64 need = m_db.isEmpty() ? 0 : Catalog(*ctx.source).dataBytes(m_db, &error);
    if (!df.ok || !error.isEmpty() || df.freeBytes >= need)
        return {};
    const auto size = [](qint64 b) { return QLocale::c().formattedDataSize(b); };
    return tr("the backup folder's disk is short of space: %1 free in %2 (%3 on %4) after %5 was written; the dump of %6 "
              "needs about %7 (its data on the source): free space there or choose a folder with room (--backup-dir DIR), "
              "then resume the session")
        .arg(size(df.freeBytes), df.measured, df.filesystem, df.mount, size(written), m_db, size(need));
}

StepResult BackupDatabaseStep::run(StepContext &ctx)
{
    if (!QDir().mkpath(m_dir))
        return StepResult::failed(tr("cannot create the backup directory %1").arg(m_dir));
    // Timestamped names: a later backup into the same folder never replaces an earlier one.
    const QString stamp = ctx.snapshot().createdAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path = QDir(m_dir).filePath(m_db.isEmpty() ? QStringLiteral("globals_%1.sql").arg(stamp)
                                                             : QStringLiteral("%1_%2.dump").arg(safeFileName(m_db), stamp));
    if (QFile::exists(path)) {
        // An earlier attempt of this same step: only a finished, recorded file would have made it "ok".
        QFile::remove(path);
    }
    CommandSpec spec;
    if (m_db.isEmpty()) {
        spec = ctx.source->toolSpec(QStringLiteral("pg_dumpall"), {QStringLiteral("--globals-only")}, {},
                                    tr("back up globals"));
    } else {
        QStringList args{QStringLiteral("-Fc")};
        if (m_compression > 0)
            args << QStringLiteral("-Z") << QString::number(m_compression);
        spec = ctx.source->toolSpec(QStringLiteral("pg_dump"), args, m_db, tr("back up %1").arg(m_db));
    }
    const StreamTransfer::Outcome out = StreamTransfer::toFile(ctx, ctx.source->shell(), spec, path, 0);
    // A half-written dump is never left where it could be taken for a backup: toFile removes it.
    if (out.cancelled)
        return StepResult::cancelled();
    if (!out.ok) {
        // This machine's disk ran short (the write failed: the sink's words), or else the source's tool failed.
        const QString space = shortOfSpace(ctx, out.bytes);
        const QString tool = m_db.isEmpty() ? QStringLiteral("pg_dumpall") : QStringLiteral("pg_dump");
        const QString error = ToolLog::lastError(out.producerErr, tool);
        const QString message = space.isEmpty() && out.producerExit > 0 && !error.isEmpty()
                                    ? tr("%1 on %2 failed (exit %3): %4").arg(tool, ctx.source->shell().hostLabel()).arg(out.producerExit).arg(error)
                                    : out.message;
        return StepResult::failed(tr("%1; the partial file was removed, resume the session to back it up again").arg(message) +
                                      (space.isEmpty() ? QString() : QStringLiteral("; ") + space),
                                  out.producerErr);
    }
    ctx.update([&](SessionRecord &r) {
        r.artifacts.append(Artifact{m_db.isEmpty() ? QStringLiteral("globals") : QStringLiteral("dump"), m_db,
                                    QStringLiteral("local"), path, out.bytes, QString::fromLatin1(out.sha256)});
    });
    return StepResult::ok(QStringLiteral("%1, %2, sha256 %3").arg(path, QLocale::c().formattedDataSize(out.bytes),
                                                                 QString::fromLatin1(out.sha256.left(16))));
}

} // namespace pgcrossing

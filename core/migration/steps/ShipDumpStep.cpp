#include "ShipDumpStep.h"

#include "DumpFileStep.h"
#include "migration/HostFiles.h"
#include "migration/StepContext.h"
#include "migration/StreamTransfer.h"
#include "remote/Shell.h"

#include <QLocale>

namespace pgcrossing {

StepResult ShipDumpStep::run(StepContext &ctx)
{
    const SessionRecord snap = ctx.snapshot();
    const QString file = DumpFileStep::path(m_options, snap.id, QStringLiteral("source"), m_db.source);
    const QString copy = DumpFileStep::path(m_options, snap.id, QStringLiteral("target"), m_db.source);
    Shell &from = HostFiles::hostShell(ctx.source->shell());
    Shell &to = HostFiles::hostShell(ctx.target->shell());
    // The source's dump by its path, which names the session and the side; never by the host's label, which
    // is shown words (a resume in another language reads "this computer" differently).
    Artifact source;
    for (const auto &a : snap.artifacts)
        if (a.kind == QLatin1String("dump") && a.path == file)
            source = a;
    if (source.sha256.isEmpty())
        return StepResult::failed(tr("no recorded dump %1 on %2 to copy").arg(file, from.hostLabel()));

    const StreamTransfer::Outcome out = StreamTransfer::toProcess(ctx, from, HostFiles::catFile(file), to,
                                                                  HostFiles::writeFile(copy), source.bytes);
    if (out.cancelled)
        return StepResult::cancelled();
    if (!out.ok)
        return StepResult::failed(out.message, (out.consumerErr + QLatin1Char('\n') + out.producerErr).trimmed());
    QString error;
    const QString sum = DumpFileStep::hostSha256(to, copy, ctx.cancel, &error);
    if (sum.isEmpty())
        return StepResult::failed(tr("cannot checksum %1 on %2").arg(copy, to.hostLabel()), error);
    if (sum != source.sha256)
        return StepResult::failed(tr("the copy %1 on %2 is damaged: sha256 %3, expected %4")
                                      .arg(copy, to.hostLabel(), sum, source.sha256));
    ctx.update([&](SessionRecord &r) {
        r.artifacts.append(Artifact{QStringLiteral("dump"), m_db.source, to.hostLabel(), copy, out.bytes, sum});
    });
    return StepResult::ok(tr("%1 copied to %2, sha256 matches").arg(QLocale::c().formattedDataSize(out.bytes), to.hostLabel()));
}

} // namespace pgcrossing

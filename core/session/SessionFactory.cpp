#include "SessionFactory.h"

#include "remote/Shell.h"
#include "session/ShellFactory.h"

namespace pgcrossing::SessionFactory {

std::shared_ptr<StepContext> create(const SessionRecord &record, const EndpointSecrets &source,
                                    const EndpointSecrets &target, const QString &workDir)
{
    auto ctx = std::make_shared<StepContext>();
    ctx->setRecord(record);
    ctx->workDir = workDir;
    ctx->journal = std::make_shared<CommandJournal>();
    for (const EndpointSecrets *s : {&source, &target})
        for (const QByteArray *secret : {&s->sshPassword, &s->keyPassphrase, &s->pgPassword})
            if (!secret->isEmpty())
                ctx->journal->addSecret(QString::fromUtf8(*secret));

    auto srcShell = ShellFactory::make(record.source, source);
    auto dstShell = ShellFactory::make(record.target, target);
    srcShell->setJournal(ctx->journal.get());
    dstShell->setJournal(ctx->journal.get());
    ctx->source = std::make_shared<PgClient>(srcShell, record.source.pg, source.pgPassword);
    ctx->target = std::make_shared<PgClient>(dstShell, record.target.pg, target.pgPassword);

    // The context outlives its journal's use; a weak pointer avoids a reference cycle.
    std::weak_ptr<StepContext> weak = ctx;
    ctx->journal->setListener([weak](const CommandRecord &rec, bool finished) {
        auto c = weak.lock();
        if (!c)
            return;
        c->note([&](SessionRecord &r) {
            for (auto &existing : r.commands) {
                if (existing.id == rec.id) {
                    existing = rec;
                    return;
                }
            }
            r.commands << rec;
        });
        if (!finished)
            c->log(StepContext::Level::Command, rec.purpose.isEmpty() || rec.command.contains(rec.purpose)
                                                    ? QStringLiteral("[%1] $ %2").arg(rec.host, rec.command)
                                                    : QStringLiteral("[%1] $ %2    # %3").arg(rec.host, rec.command, rec.purpose));
        else if (rec.exitCode != 0)
            c->log(StepContext::Level::Warning, QStringLiteral("[%1] exit %2%3: %4")
                                                    .arg(rec.host)
                                                    .arg(rec.exitCode)
                                                    .arg(rec.cancelled ? QStringLiteral(" (cancelled)") : QString())
                                                    .arg(rec.command.left(200)));
    });
    return ctx;
}

} // namespace pgcrossing::SessionFactory

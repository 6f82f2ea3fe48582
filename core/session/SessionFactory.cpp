#include "SessionFactory.h"

#include "remote/Shell.h"
#include "session/ShellFactory.h"

namespace pgcrossing::SessionFactory {

std::shared_ptr<SessionContext> create(const SessionRecord &record, const EndpointSecrets &source,
                                       const EndpointSecrets &target, const QString &workDir, const QString &recordPath)
{
    auto journal = std::make_shared<CommandJournal>();
    for (const EndpointSecrets *s : {&source, &target})
        for (const QByteArray *secret : {&s->sshPassword, &s->keyPassphrase, &s->pgPassword})
            if (!secret->isEmpty())
                journal->addSecret(QString::fromUtf8(*secret));

    auto srcShell = ShellFactory::make(record.source, source);
    auto dstShell = ShellFactory::make(record.target, target);
    srcShell->setJournal(journal.get());
    dstShell->setJournal(journal.get());
    auto ctx = std::make_shared<SessionContext>(record, journal,
                                                std::make_shared<PgClient>(srcShell, record.source.pg, source.pgPassword),
                                                std::make_shared<PgClient>(dstShell, record.target.pg, target.pgPassword),
                                                workDir, recordPath);
    // The journal outlives nothing it reports to: a weak pointer, so a command ending while the context goes
    // away reports to no one, and no reference cycle keeps either alive.
    std::weak_ptr<SessionContext> weak = ctx;
    journal->setListener([weak](const CommandRecord &rec, bool finished) {
        if (auto c = weak.lock())
            c->onCommand(rec, finished);
    });
    return ctx;
}

} // namespace pgcrossing::SessionFactory

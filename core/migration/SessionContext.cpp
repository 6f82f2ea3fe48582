#include "SessionContext.h"

#include <QMutexLocker>

namespace pgcrossing {

SessionContext::SessionContext(const SessionRecord &record, std::shared_ptr<CommandJournal> journal_,
                               std::shared_ptr<PgClient> source_, std::shared_ptr<PgClient> target_, QString workDir_,
                               QString recordPath_)
    : journal(std::move(journal_)), source(std::move(source_)), target(std::move(target_)), workDir(std::move(workDir_)),
      recordPath(std::move(recordPath_)), m_record(record)
{
}

void SessionContext::onCommand(const CommandRecord &rec, bool finished)
{
    note([&](SessionRecord &r) {
        for (auto &existing : r.commands) {
            if (existing.id == rec.id) {
                existing = rec;
                return;
            }
        }
        r.commands << rec;
    });
    if (!finished)
        log(LogLevel::Command, rec.purpose.isEmpty() || rec.command.contains(rec.purpose)
                                   ? QStringLiteral("[%1] $ %2").arg(rec.host, rec.command)
                                   : QStringLiteral("[%1] $ %2    # %3").arg(rec.host, rec.command, rec.purpose));
    else if (rec.exitCode != 0)
        log(LogLevel::Warning, (rec.cancelled ? tr("[%1] exit %2 (cancelled): %3") : tr("[%1] exit %2: %3"))
                                   .arg(rec.host)
                                   .arg(rec.exitCode)
                                   .arg(rec.command.left(200)));
}

bool SessionContext::update(const std::function<void(SessionRecord &)> &change, QString *error)
{
    {
        QMutexLocker lock(&m_mutex);
        change(m_record);
    }
    return save(error);
}

void SessionContext::note(const std::function<void(SessionRecord &)> &change)
{
    QMutexLocker lock(&m_mutex);
    change(m_record);
}

SessionRecord SessionContext::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_record;
}

bool SessionContext::save(QString *error) const
{
    if (recordPath.isEmpty())
        return true;
    return snapshot().save(recordPath, error);
}

int SessionContext::subscribe(LogSink sink)
{
    QMutexLocker lock(&m_sinksMutex);
    const int id = m_nextSink++;
    m_sinks.insert(id, std::move(sink));
    return id;
}

void SessionContext::unsubscribe(int id)
{
    QMutexLocker lock(&m_sinksMutex);
    m_sinks.remove(id);
}

void SessionContext::log(LogLevel level, const QString &text) const
{
    QList<LogSink> sinks;
    {
        QMutexLocker lock(&m_sinksMutex);
        sinks = m_sinks.values();
    }
    for (const LogSink &s : sinks)
        if (s)
            s(level, text);
}

} // namespace pgcrossing

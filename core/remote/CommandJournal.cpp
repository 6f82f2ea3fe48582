#include "CommandJournal.h"

#include <QMutexLocker>

namespace pgcrossing {

void CommandJournal::addSecret(const QString &secret)
{
    if (secret.size() < 3) // masking one or two characters would shred every log line
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets << secret;
}

QString CommandJournal::mask(QString text) const
{
    QMutexLocker lock(&m_mutex);
    for (const QString &s : m_secrets)
        text.replace(s, QStringLiteral("********"));
    return text;
}

int CommandJournal::begin(const QString &host, const QString &command, const QString &purpose)
{
    CommandRecord rec;
    rec.host = host;
    rec.command = mask(command);
    rec.purpose = purpose;
    rec.started = QDateTime::currentDateTimeUtc();
    Listener listener;
    {
        QMutexLocker lock(&m_mutex);
        rec.id = m_nextId++;
        m_records << rec;
        listener = m_listener;
    }
    if (listener)
        listener(rec, false);
    return rec.id;
}

void CommandJournal::end(int id, int exitCode, bool cancelled, const QString &stderrTail)
{
    const QString tail = mask(stderrTail);
    CommandRecord copy;
    Listener listener;
    {
        QMutexLocker lock(&m_mutex);
        for (CommandRecord &r : m_records) {
            if (r.id != id)
                continue;
            r.finished = QDateTime::currentDateTimeUtc();
            r.exitCode = exitCode;
            r.cancelled = cancelled;
            r.stderrTail = tail;
            copy = r;
            break;
        }
        listener = m_listener;
    }
    if (listener && copy.id)
        listener(copy, true);
}

QList<CommandRecord> CommandJournal::records() const
{
    QMutexLocker lock(&m_mutex);
    return m_records;
}

void CommandJournal::setListener(Listener listener)
{
    QMutexLocker lock(&m_mutex);
    m_listener = std::move(listener);
}

} // namespace pgcrossing

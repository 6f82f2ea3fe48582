#pragma once
#include "model/CommandRecord.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <functional>

namespace pgcrossing {

// The thread-safe list of every command a session ran, with a live feed for logs. It masks every
// registered secret in any text it is given, as a last line of defence behind the design (secrets are
// never put in argv or logs in the first place).
class CommandJournal {
public:
    using Listener = std::function<void(const CommandRecord &record, bool finished)>;

    void addSecret(const QString &secret);
    QString mask(QString text) const;

    int begin(const QString &host, const QString &command, const QString &purpose);
    void end(int id, int exitCode, bool cancelled, const QString &stderrTail);

    QList<CommandRecord> records() const;
    void setListener(Listener listener);

private:
    mutable QMutex m_mutex;
    QList<CommandRecord> m_records;
    QStringList m_secrets;
    Listener m_listener;
    int m_nextId = 1;
};

} // namespace pgcrossing

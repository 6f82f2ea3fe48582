#pragma once
#include "model/LogLevel.h"
#include "model/SessionRecord.h"
#include "postgres/PgClient.h"
#include "remote/CommandJournal.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <functional>
#include <memory>

namespace pgcrossing {

// What every run of one session shares, and nothing that belongs to a single run: both servers, the one
// CommandJournal both shells report to, the session folder, and the record under its lock (saved to
// recordPath on every update()). A run's own control — its cancel flag, progress and log — is not here
// but in the StepContext the Runner (or whoever runs a step) makes for that run, so no owner ever rewires
// a shared object and nothing has to be put back afterwards.
class SessionContext {
    Q_DECLARE_TR_FUNCTIONS(SessionContext)

public:
    using LogSink = std::function<void(LogLevel level, const QString &text)>;

    SessionContext(const SessionRecord &record, std::shared_ptr<CommandJournal> journal, std::shared_ptr<PgClient> source,
                   std::shared_ptr<PgClient> target, QString workDir, QString recordPath);
    SessionContext(const SessionContext &) = delete;
    SessionContext &operator=(const SessionContext &) = delete;

    const std::shared_ptr<CommandJournal> journal;  // first: the shells of both servers report to it to the end
    const std::shared_ptr<PgClient> source;
    const std::shared_ptr<PgClient> target;
    const QString workDir;                   // where this session keeps its files (record, dumps, reports)
    const QString recordPath;                // <workDir>/session.json; empty: kept in memory only

    // Changes the record under its lock, then saves it; false (and *error) when it could not be written.
    bool update(const std::function<void(SessionRecord &)> &change, QString *error = nullptr);
    // Changes the record without saving it now (frequent small facts: commands); the next update() saves.
    void note(const std::function<void(SessionRecord &)> &change);
    SessionRecord snapshot() const;
    bool save(QString *error = nullptr) const;

    // The live log of whatever runs now: the journal's commands go to every sink subscribed. A StepContext
    // subscribes for its lifetime; the id undoes exactly that subscription.
    int subscribe(LogSink sink);
    void unsubscribe(int id);
    void log(LogLevel level, const QString &text) const;
    // What the journal reports (SessionFactory hooks it up): the command into the record, a line to the log.
    void onCommand(const CommandRecord &rec, bool finished);

private:

    mutable QMutex m_mutex;
    SessionRecord m_record;
    mutable QMutex m_sinksMutex;
    QMap<int, LogSink> m_sinks;
    int m_nextSink = 1;
};

} // namespace pgcrossing

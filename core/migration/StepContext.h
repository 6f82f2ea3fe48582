#pragma once
#include "model/SessionRecord.h"
#include "postgres/PgClient.h"
#include "remote/CancelToken.h"
#include "remote/CommandJournal.h"

#include <QMutex>
#include <functional>
#include <memory>

namespace pgcrossing {

// Everything a Step may use while it runs on the worker thread: both servers, the cancel flag, the
// session record (changed only through update(), which the Runner persists), and feeds for progress and
// log lines. It is shared by the steps of one plan and outlives them.
class StepContext {
public:
    enum class Level { Info, Command, Output, Warning, Error };

    std::shared_ptr<PgClient> source;
    std::shared_ptr<PgClient> target;
    CancelToken *cancel = nullptr;
    std::shared_ptr<CommandJournal> journal;  // every command both shells run
    QString workDir;                       // where this session keeps its files (record, dumps)

    std::function<void(double fraction, const QString &status)> onProgress;
    std::function<void(Level level, const QString &text)> onLog;
    std::function<void()> onRecordChanged;  // the Runner saves the record

    bool cancelled() const { return cancel && cancel->isCancelled(); }
    void progress(double fraction, const QString &status) const { if (onProgress) onProgress(fraction, status); }
    void log(Level level, const QString &text) const { if (onLog) onLog(level, text); }

    // Changes the record under its lock, then has it saved.
    void update(const std::function<void(SessionRecord &)> &change);
    // Changes the record without saving it now (frequent small facts: commands); the next update() saves.
    void note(const std::function<void(SessionRecord &)> &change);
    SessionRecord snapshot() const;
    void setRecord(const SessionRecord &record);

private:
    mutable QMutex m_mutex;
    SessionRecord m_record;
};

} // namespace pgcrossing

#pragma once
#include "SessionContext.h"
#include "model/LogLevel.h"
#include "remote/CancelToken.h"

#include <functional>
#include <memory>

namespace pgcrossing {

// One run's view of a session, handed to each Step by whoever runs it (the Runner, Verify again, revert):
// the session's shared parts (both servers, the journal, the folder, the record) and this run's own
// control — the cancel flag it checks, where its progress and log go. Made for the run and gone with it:
// its log subscription to the session's commands ends with it, and nothing it was given is left behind on
// the shared SessionContext.
class StepContext {
public:
    using Level = LogLevel;
    using Progress = std::function<void(double fraction, const QString &status)>;
    using Log = std::function<void(Level level, const QString &text)>;
    // Bytes a transfer has moved so far in this step, as data (a throughput picture), never read from text.
    using Transferred = std::function<void(qint64 bytes)>;

    StepContext(SessionContext &session, CancelToken &cancel, Progress progress = {}, Log log = {},
                Transferred transferred = {});
    ~StepContext();
    StepContext(const StepContext &) = delete;
    StepContext &operator=(const StepContext &) = delete;

    SessionContext &session;
    const std::shared_ptr<PgClient> source;
    const std::shared_ptr<PgClient> target;
    CancelToken *const cancel;                      // this run's flag, for the calls that take one

    bool cancelled() const { return cancel->isCancelled(); }
    void progress(double fraction, const QString &status) const { if (m_progress) m_progress(fraction, status); }
    void log(Level level, const QString &text) const { if (m_log) m_log(level, text); }
    void transferred(qint64 bytes) const { if (m_transferred) m_transferred(bytes); }

    // Changes the record under its lock, then has it saved (a failed save is logged as an error).
    void update(const std::function<void(SessionRecord &)> &change) const;
    // Changes the record without saving it now (frequent small facts); the next update() saves.
    void note(const std::function<void(SessionRecord &)> &change) const { session.note(change); }
    SessionRecord snapshot() const { return session.snapshot(); }

private:
    Progress m_progress;
    Log m_log;
    Transferred m_transferred;
    int m_subscription = 0;
};

} // namespace pgcrossing

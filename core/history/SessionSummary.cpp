#include "SessionSummary.h"

#include "model/SessionRecord.h"

namespace pgcrossing {

SessionSummary SessionSummary::fromRecord(const SessionRecord &record, const QString &recordPath)
{
    SessionSummary s;
    s.id = record.id;
    s.startedAt = record.createdAt.toUTC();
    s.finishedAt = record.finishedAt.toUTC();
    s.sourceLabel = record.source.fullLabel();
    s.targetLabel = record.target.fullLabel();
    for (const auto &m : record.options.databases)
        s.databases << m.source;
    s.mode = record.options.mode;
    s.outcome = record.outcome();
    s.verdict = record.verification.verdict;
    s.recordPath = recordPath;
    return s;
}

} // namespace pgcrossing

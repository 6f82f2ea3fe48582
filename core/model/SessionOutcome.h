#pragma once
#include "CodeTable.h"

#include <QMetaType>

namespace pgcrossing {

// How a session ended, or that it has not (Running: still going, or it died before its end was
// written — a report calls that incomplete). Codes: running, succeeded, succeeded-with-warnings,
// failed, cancelled.
enum class SessionOutcome { Running, Succeeded, SucceededWithWarnings, Failed, Cancelled };

template <>
const CodeTable<SessionOutcome> &codeTable<SessionOutcome>();

// Succeeded, with or without warnings.
inline bool isSuccess(SessionOutcome o)
{
    return o == SessionOutcome::Succeeded || o == SessionOutcome::SucceededWithWarnings;
}

} // namespace pgcrossing

Q_DECLARE_METATYPE(pgcrossing::SessionOutcome)

#pragma once
#include "CodeTable.h"

#include <QMetaType>

namespace pgcrossing {

// How a session ended, or that it has not (Running: still going). Interrupted: the process that ran it
// is gone (killed, crashed, the machine went down) before its end was written, as found by the next one
// that opened it (MigrationSession's lock). Codes: running, succeeded, succeeded-with-warnings, failed,
// cancelled, interrupted.
enum class SessionOutcome { Running, Succeeded, SucceededWithWarnings, Failed, Cancelled, Interrupted };

template <>
const CodeTable<SessionOutcome> &codeTable<SessionOutcome>();

// Succeeded, with or without warnings.
inline bool isSuccess(SessionOutcome o)
{
    return o == SessionOutcome::Succeeded || o == SessionOutcome::SucceededWithWarnings;
}

} // namespace pgcrossing

Q_DECLARE_METATYPE(pgcrossing::SessionOutcome)

#pragma once
#include <QString>

namespace pgcrossing::ToolLog {

// The last error a PostgreSQL client tool (pg_dump, pg_dumpall, pg_restore) printed, from its own line shapes
// under the shell's pinned C locale: "pg_dump: error: TEXT" and the "pg_dump: detail: TEXT" lines after it (the
// server's words inside stay verbatim, in whatever language the server speaks), without the statement
// ("Command was: …", "Query was: …"). Empty when the tool printed no error line (it was killed, or never started).
QString lastError(const QString &toolStderr, const QString &tool);

} // namespace pgcrossing::ToolLog

#include "ToolVersionCheck.h"

#include "postgres/PgClient.h"
#include "remote/Shell.h"

#include <QRegularExpression>

namespace pgcrossing {

bool ToolVersionCheck::appliesTo(const PreflightContext &ctx) const
{
    if (!ctx.serversAnswer())
        return false;
    return m_tool == Tool::PgDump ? ctx.dumps() : ctx.options.writesTarget();
}

QList<CheckResult> ToolVersionCheck::run(PreflightContext &ctx) const
{
    const bool isSource = m_tool == Tool::PgDump;
    const PgClient &pg = isSource ? *ctx.source : *ctx.target;
    const QString tool = isSource ? QStringLiteral("pg_dump") : QStringLiteral("pg_restore");
    const int minMajor = isSource || !ctx.dumpMajor ? ctx.sourceMajor() : ctx.dumpMajor;
    if (isSource)
        ctx.dumpMajor = ctx.sourceMajor();
    CheckResult c = CheckResult::make((isSource ? QStringLiteral("source.") : QStringLiteral("target.")) + tool,
                         isSource ? tr("%1 on the source host is new enough").arg(tool) : tr("%1 on the target host is new enough").arg(tool),
                         CheckResult::Severity::Blocker);
    const CommandResult v = pg.shell().run(CommandSpec::plain({pg.toolPath(tool), QStringLiteral("--version")}, tr("tool version")));
    c.expected = tr("%1 %2 or newer").arg(tool).arg(minMajor);
    if (!v.ok()) {
        c.status = CheckResult::Status::Failed;
        c.found = v.error.isEmpty() ? v.errTail() : v.error;
        c.remedy = isSource ? tr("Install the PostgreSQL client tools on the source host (or in its container), or set "
                                 "the tools' directory (binDir).")
                            : tr("Install the PostgreSQL client tools on the target host (or in its container), or set "
                                 "the tools' directory (binDir).");
        return {c};
    }
    c.found = QString::fromUtf8(v.out).trimmed();
    const auto m = QRegularExpression(QStringLiteral("(\\d+)(?:\\.\\d+)?")).match(c.found);
    if (m.hasMatch() && isSource)
        ctx.dumpMajor = m.captured(1).toInt();
    if (m.hasMatch() && m.captured(1).toInt() < minMajor) {
        const QString found = m.captured(1);
        c.status = CheckResult::Status::Failed;
        // pg_dump refuses a server newer than itself; pg_restore may not read an archive of a newer pg_dump.
        c.remedy = isSource
            ? tr("pg_dump %1 cannot dump a PostgreSQL %2 server: pg_dump refuses a server newer than itself. Install "
                 "the PostgreSQL %2 client tools on the source host or in its container (Debian and Ubuntu: "
                 "postgresql-client-%2 from apt.postgresql.org) and set the source's tools directory (binDir, e.g. "
                 "/usr/lib/postgresql/%2/bin) if they are not first on its PATH.").arg(found).arg(minMajor)
            : tr("pg_restore %1 may not read what pg_dump %2 writes (an archive is read by its own or a newer "
                 "pg_restore). Install the PostgreSQL %2 client tools on the target host or in its container "
                 "(postgresql-client-%2) and set the target's tools directory (binDir, e.g. /usr/lib/postgresql/%2/bin) "
                 "if they are not first on its PATH.").arg(found).arg(minMajor);
    }
    return {c};
}

} // namespace pgcrossing

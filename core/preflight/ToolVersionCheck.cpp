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
        c.status = CheckResult::Status::Failed;
        c.remedy = tr("Use %1 %2 or newer (postgresql-client-%2).").arg(tool).arg(minMajor);
    }
    return {c};
}

} // namespace pgcrossing

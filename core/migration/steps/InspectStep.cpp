#include "InspectStep.h"

#include "migration/StepContext.h"
#include "model/ServerVersion.h"
#include "remote/Shell.h"

#include <QJsonObject>

namespace pgcrossing {

namespace {
QJsonObject facts(PgClient &pg, QString *error)
{
    QJsonObject o;
    const PgResult r = pg.query({}, QStringLiteral("SELECT version() AS version, current_setting('server_version_num') AS num, "
                                                   "current_setting('server_encoding') AS encoding, "
                                                   "current_setting('wal_level') AS wal_level"));
    if (!r.ok) {
        *error = r.error;
        return o;
    }
    o[QStringLiteral("server")] = r.value(0, QStringLiteral("version"));
    o[QStringLiteral("serverVersionNum")] = r.value(0, QStringLiteral("num")).toInt();
    o[QStringLiteral("serverEncoding")] = r.value(0, QStringLiteral("encoding"));
    o[QStringLiteral("walLevel")] = r.value(0, QStringLiteral("wal_level"));
    o[QStringLiteral("host")] = pg.label();
    for (const QString &tool : {QStringLiteral("pg_dump"), QStringLiteral("pg_restore"), QStringLiteral("psql")}) {
        const CommandResult v = pg.shell().run(CommandSpec::plain({pg.toolPath(tool), QStringLiteral("--version")},
                                                                    InspectStep::tr("tool version")));
        o[tool] = v.ok() ? QString::fromUtf8(v.out).trimmed() : QStringLiteral("not found");
    }
    return o;
}
} // namespace

StepResult InspectStep::run(StepContext &ctx)
{
    QString srcErr, dstErr;
    const QJsonObject src = facts(*ctx.source, &srcErr);
    if (!srcErr.isEmpty())
        return StepResult::failed(tr("cannot query the source server"), srcErr);
    const QJsonObject dst = facts(*ctx.target, &dstErr);
    if (!dstErr.isEmpty())
        return StepResult::failed(tr("cannot query the target server"), dstErr);
    ctx.update([&](SessionRecord &r) {
        r.environment[QStringLiteral("source")] = src;
        r.environment[QStringLiteral("target")] = dst;
    });
    return StepResult::ok(tr("source PostgreSQL %1, target PostgreSQL %2")
                              .arg(serverVersionText(src.value(QStringLiteral("serverVersionNum")).toInt()),
                                   serverVersionText(dst.value(QStringLiteral("serverVersionNum")).toInt())));
}

} // namespace pgcrossing

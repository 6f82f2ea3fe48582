#include "PreflightRunner.h"

#include "ActivityCheck.h"
#include "DiskSpaceCheck.h"
#include "ExtensionsCheck.h"
#include "LocaleCheck.h"
#include "PrivilegesCheck.h"
#include "RolesCheck.h"
#include "SequencesCheck.h"
#include "TextSearchCheck.h"

#include "postgres/PgClient.h"
#include "remote/Shell.h"

#include <QRegularExpression>
#include <QSet>

namespace pgcrossing {

namespace {
QString firstLine(const QString &s) { return s.section(QLatin1Char('\n'), 0, 0).trimmed(); }
} // namespace

PreflightRunner::PreflightRunner(std::shared_ptr<PgClient> source, std::shared_ptr<PgClient> target, PlanOptions options)
    : m_source(std::move(source)), m_target(std::move(target)), m_options(std::move(options))
{
}

bool PreflightRunner::blocked(const QList<CheckResult> &results)
{
    for (const auto &r : results)
        if (r.blocks())
            return true;
    return false;
}

CheckResult PreflightRunner::reach(PgClient &pg, const QString &side, int *versionNum)
{
    const bool isSource = side == QLatin1String("source");
    CheckResult c = CheckResult::make(side + QStringLiteral(".connect"),
                         isSource ? tr("PostgreSQL on the source answers") : tr("PostgreSQL on the target answers"),
                         CheckResult::Severity::Blocker);
    c.expected = tr("a login as %1 on %2").arg(pg.connection().user, pg.label());
    const PgResult r = pg.query({}, QStringLiteral("SELECT current_setting('server_version_num'), version()"));
    if (!r.ok) {
        c.status = CheckResult::Status::Failed;
        c.found = r.error;
        c.remedy = isSource ? tr("Check the host, container name, port, user and password of the source; the error "
                                 "above comes from the first layer that failed.")
                            : tr("Check the host, container name, port, user and password of the target; the error "
                                 "above comes from the first layer that failed.");
        return c;
    }
    *versionNum = r.value(0, 0).toInt();
    c.found = firstLine(r.value(0, 1));
    return c;
}

CheckResult PreflightRunner::toolCheck(PgClient &pg, const QString &tool, int minMajor, int *major)
{
    const bool isSource = &pg == m_source.get();
    CheckResult c = CheckResult::make((isSource ? QStringLiteral("source.") : QStringLiteral("target.")) + tool,
                         isSource ? tr("%1 on the source host is new enough").arg(tool) : tr("%1 on the target host is new enough").arg(tool),
                         CheckResult::Severity::Blocker);
    const CommandResult v = pg.shell().run(CommandSpec::plain({pg.toolPath(tool), QStringLiteral("--version")}, QStringLiteral("tool version")));
    c.expected = tr("%1 %2 or newer").arg(tool).arg(minMajor);
    if (!v.ok()) {
        c.status = CheckResult::Status::Failed;
        c.found = v.error.isEmpty() ? v.errTail() : v.error;
        c.remedy = isSource ? tr("Install the PostgreSQL client tools on the source host (or in its container), or set "
                                 "the tools' directory (binDir).")
                            : tr("Install the PostgreSQL client tools on the target host (or in its container), or set "
                                 "the tools' directory (binDir).");
        return c;
    }
    c.found = QString::fromUtf8(v.out).trimmed();
    const auto m = QRegularExpression(QStringLiteral("(\\d+)(?:\\.\\d+)?")).match(c.found);
    if (m.hasMatch() && major)
        *major = m.captured(1).toInt();
    if (m.hasMatch() && m.captured(1).toInt() < minMajor) {
        c.status = CheckResult::Status::Failed;
        c.remedy = tr("Use %1 %2 or newer (postgresql-client-%2).").arg(tool).arg(minMajor);
    }
    return c;
}

QList<CheckResult> PreflightRunner::run()
{
    QList<CheckResult> out;
    int srcVer = 0, dstVer = 0;
    out << reach(*m_source, QStringLiteral("source"), &srcVer);
    out << reach(*m_target, QStringLiteral("target"), &dstVer);
    if (!srcVer || !dstVer)
        return out;

    // The databases to carry.
    const PgResult dbs = m_source->query({}, QStringLiteral("SELECT datname FROM pg_database WHERE NOT datistemplate "
                                                            "AND datallowconn ORDER BY datname"));
    QSet<QString> present;
    for (const auto &row : dbs.rows)
        present.insert(row.value(0));
    if (m_options.databases.isEmpty()) {
        // Nothing named: every user database; "postgres" is usually just the maintenance database.
        for (const auto &row : dbs.rows)
            if (row.value(0) != QLatin1String("postgres"))
                m_options.databases << DatabaseMapping{row.value(0), row.value(0)};
    }
    CheckResult exist = CheckResult::make(QStringLiteral("source.databases"), tr("The chosen databases exist on the source"),
                             CheckResult::Severity::Blocker);
    QStringList missing, names;
    for (const auto &m : m_options.databases) {
        names << m.source;
        if (!present.contains(m.source))
            missing << m.source;
    }
    exist.expected = names.join(QStringLiteral(", "));
    if (m_options.databases.isEmpty()) {
        exist.status = CheckResult::Status::Failed;
        exist.found = tr("no user database on the source");
        exist.remedy = tr("Name the databases to migrate.");
    } else if (!missing.isEmpty()) {
        exist.status = CheckResult::Status::Failed;
        exist.found = tr("missing: %1").arg(missing.join(QStringLiteral(", ")));
        QStringList have = present.values();
        have.sort();
        exist.remedy = tr("Check the spelling; the source has: %1").arg(have.join(QStringLiteral(", ")));
    } else {
        exist.found = tr("all %1 present").arg(names.size());
    }
    out << exist;

    // pg_dump must be at least the source server's major version.
    int dumpMajor = srcVer / 10000;
    const CheckResult tool = toolCheck(*m_source, QStringLiteral("pg_dump"), srcVer / 10000, &dumpMajor);
    out << tool;
    if (!exist.blocks())
        out << PrivilegesCheck::run(*m_source, *m_target, m_options);
    out << DiskSpaceCheck::run(*m_source, *m_target, m_options, m_sessionDir);

    if (m_options.mode != PlanOptions::Mode::BackupOnly) {
        // The floor: the source's major version, or the DBA's own minimum when higher (--min-target-version).
        const int floor = qMax(srcVer / 10000, m_options.minTargetMajor);
        CheckResult ver = CheckResult::make(QStringLiteral("target.version"), tr("The target is not older than the source"),
                               CheckResult::Severity::Blocker);
        const auto shown = [](int v) { return QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000); };
        ver.found = tr("source %1, target %2").arg(shown(srcVer), shown(dstVer));
        ver.expected = floor > srcVer / 10000 ? tr("target major ≥ %1 (the minimum you set)").arg(floor)
                                              : tr("target major ≥ %1").arg(floor);
        if (dstVer / 10000 < floor) {
            ver.status = CheckResult::Status::Failed;
            ver.remedy = tr("Upgrade the target to PostgreSQL %1 or newer. pg_dump's output is only meant to load into "
                            "the same or a newer major version, and there is no pg_dump option that writes for an older "
                            "one (the runbook's \"pg_dump --compatible\" does not exist). To go down a version anyway, "
                            "use logical replication (publication on the source, subscription on the older target), or "
                            "a plain-SQL dump (-Fp) that you edit and test by hand.").arg(floor);
        }
        out << ver;
        // pg_restore reads archives of its own major version and older only.
        out << toolCheck(*m_target, QStringLiteral("pg_restore"), dumpMajor, nullptr);

        const PgResult tdbs = m_target->query({}, QStringLiteral("SELECT datname FROM pg_database"));
        QSet<QString> taken;
        for (const auto &row : tdbs.rows)
            taken.insert(row.value(0));
        CheckResult free = CheckResult::make(QStringLiteral("target.free-names"), tr("The target database names are free"),
                                CheckResult::Severity::Blocker);
        QStringList clash, targets;
        for (const auto &m : m_options.databases) {
            targets << m.target;
            if (taken.contains(m.target))
                clash << m.target;
        }
        free.expected = tr("no database named %1 on the target").arg(targets.join(QStringLiteral(", ")));
        if (!clash.isEmpty()) {
            free.found = tr("already there: %1").arg(clash.join(QStringLiteral(", ")));
            if (m_options.replaceExisting) {
                free.severity = CheckResult::Severity::Warning;
                free.status = CheckResult::Status::Failed;
                free.remedy = tr("Replace was chosen: the existing databases are renamed aside, not dropped.");
            } else {
                free.status = CheckResult::Status::Failed;
                free.remedy = tr("Choose other target names, drop those databases yourself, or choose replace "
                                 "(--replace: renames them aside).");
            }
        } else {
            free.found = tr("free");
        }
        out << free;
        out << ExtensionsCheck::run(*m_source, *m_target, dstVer / 10000, m_options.databases);
        out << SequencesCheck::run(*m_source, m_options.databases);
        out << LocaleCheck::run(*m_source, *m_target, m_options.databases);
        out << RolesCheck::run(*m_source, *m_target, m_options);
    }
    // A backup's pg_dump meets the same parser (a warning there: no fix-up, the file must hold everything).
    out << TextSearchCheck::run(*m_source, m_options);
    out << ActivityCheck::run(*m_source, m_options);
    return out;
}

} // namespace pgcrossing

#include "PreflightRunner.h"

#include "ActivityCheck.h"
#include "DiskSpaceCheck.h"
#include "ExtensionsCheck.h"
#include "LocaleCheck.h"
#include "RolesCheck.h"
#include "SequencesCheck.h"

#include "postgres/PgClient.h"
#include "remote/Shell.h"

#include <QRegularExpression>
#include <QSet>

namespace pgcrossing {

namespace {
CheckResult make(const QString &id, const QString &title, CheckResult::Severity sev)
{
    CheckResult c;
    c.id = id;
    c.title = title;
    c.severity = sev;
    return c;
}
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
    CheckResult c = make(side + QStringLiteral(".connect"),
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
    CheckResult exist = make(QStringLiteral("source.databases"), tr("The chosen databases exist on the source"),
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

    // Client tools on the source host must be at least the server's major version.
    CheckResult tool = make(QStringLiteral("source.pg_dump"), tr("pg_dump on the source host is new enough"),
                            CheckResult::Severity::Blocker);
    const CommandResult v = m_source->shell().run(
        CommandSpec::plain({m_source->toolPath(QStringLiteral("pg_dump")), QStringLiteral("--version")}, QStringLiteral("tool version")));
    tool.expected = tr("pg_dump %1 or newer").arg(srcVer / 10000);
    if (!v.ok()) {
        tool.status = CheckResult::Status::Failed;
        tool.found = v.error.isEmpty() ? v.errTail() : v.error;
        tool.remedy = tr("Install the PostgreSQL client tools on the source host (or in its container), or set "
                         "the tools' directory (binDir).");
    } else {
        tool.found = QString::fromUtf8(v.out).trimmed();
        const auto m = QRegularExpression(QStringLiteral("(\\d+)(?:\\.\\d+)?")).match(tool.found);
        if (m.hasMatch() && m.captured(1).toInt() < srcVer / 10000) {
            tool.status = CheckResult::Status::Failed;
            tool.remedy = tr("Use pg_dump %1 or newer (postgresql-client-%1).").arg(srcVer / 10000);
        }
    }
    out << tool;
    out << DiskSpaceCheck::run(*m_source, *m_target, m_options, m_sessionDir);

    if (m_options.mode != PlanOptions::Mode::BackupOnly) {
        CheckResult ver = make(QStringLiteral("target.version"), tr("The target is not older than the source"),
                               CheckResult::Severity::Blocker);
        ver.found = tr("source %1, target %2").arg(srcVer).arg(dstVer);
        ver.expected = tr("target major ≥ %1").arg(srcVer / 10000);
        if (dstVer / 10000 < srcVer / 10000) {
            ver.status = CheckResult::Status::Failed;
            ver.remedy = tr("Upgrade the target to PostgreSQL %1 or newer; a dump does not load into an older "
                            "major version.").arg(srcVer / 10000);
        }
        out << ver;

        const PgResult tdbs = m_target->query({}, QStringLiteral("SELECT datname FROM pg_database"));
        QSet<QString> taken;
        for (const auto &row : tdbs.rows)
            taken.insert(row.value(0));
        CheckResult free = make(QStringLiteral("target.free-names"), tr("The target database names are free"),
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

    out << ActivityCheck::run(*m_source, m_options);
    return out;
}

} // namespace pgcrossing

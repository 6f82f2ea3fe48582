#include "ExtensionsCheck.h"

#include "postgres/PgClient.h"

#include <QMap>
#include <QSet>

namespace pgcrossing {

QString ExtensionsCheck::installHint(const QString &ext, int major)
{
    static const QSet<QString> contrib{
        QStringLiteral("pg_trgm"), QStringLiteral("btree_gin"), QStringLiteral("btree_gist"), QStringLiteral("citext"),
        QStringLiteral("hstore"), QStringLiteral("pgcrypto"), QStringLiteral("uuid-ossp"), QStringLiteral("unaccent"),
        QStringLiteral("pg_stat_statements"), QStringLiteral("postgres_fdw"), QStringLiteral("tablefunc"),
        QStringLiteral("fuzzystrmatch"), QStringLiteral("ltree"), QStringLiteral("intarray"), QStringLiteral("cube"),
        QStringLiteral("earthdistance"), QStringLiteral("dblink"), QStringLiteral("pg_buffercache"), QStringLiteral("pgstattuple")};
    if (contrib.contains(ext))
        return tr("Install the contrib modules on the target host (or in its container): apt-get install "
                  "postgresql-contrib (or postgresql-%1 on Debian, which ships them).").arg(major);
    if (ext == QLatin1String("vector"))
        return tr("Install pgvector on the target: apt-get install postgresql-%1-pgvector.").arg(major);
    if (ext.startsWith(QLatin1String("postgis")))
        return tr("Install PostGIS on the target: apt-get install postgresql-%1-postgis-3.").arg(major);
    if (ext == QLatin1String("pg_jieba"))
        return tr("Build pg_jieba on the target from source (there is no Debian package): apt-get install build-essential cmake git "
                  "postgresql-server-dev-%1; git clone --recursive https://github.com/jaiminpan/pg_jieba; "
                  "cd pg_jieba && mkdir build && cd build && cmake .. && make && make install; then restart "
                  "PostgreSQL (or the container).").arg(major);
    return tr("Install the package that provides \"%1\" for PostgreSQL %2 on the target host or in its container "
              "(apt-cache search postgresql-%2 %1), or build it from source; then run this check again.")
        .arg(ext).arg(major);
}

QList<CheckResult> ExtensionsCheck::run(PreflightContext &ctx) const
{
    const PgClient &source = *ctx.source;
    const PgClient &target = *ctx.target;
    const int major = ctx.targetMajor();
    const auto row = [](const QString &database) {
        CheckResult c = CheckResult::make(QStringLiteral("target.extensions"), tr("The source's extensions are available on the target"),
                                          CheckResult::Severity::Blocker);
        c.database = database;
        return c;
    };

    // What the target can create: name → versions it offers.
    const PgResult avail = target.query({}, QStringLiteral("SELECT name, version FROM pg_available_extension_versions"));
    if (!avail.ok) {
        CheckResult c = row({});
        c.status = CheckResult::Status::Error;
        c.found = avail.error;
        return {c};
    }
    QMap<QString, QSet<QString>> offered;
    for (const auto &r : avail.rows)
        offered[r.value(0)].insert(r.value(1));

    QList<CheckResult> rows;
    for (const DatabaseMapping &m : ctx.options.databases) {
        CheckResult c = row(m.target);
        const PgResult ext = source.query(m.source, QStringLiteral("SELECT e.extname, e.extversion, n.nspname FROM pg_extension e "
                                                                   "JOIN pg_namespace n ON n.oid = e.extnamespace "
                                                                   "WHERE e.extname <> 'plpgsql' ORDER BY 1"));
        if (!ext.ok) {
            c.status = CheckResult::Status::Error;
            c.found = tr("cannot list the extensions of %1 on the source: %2").arg(m.source, ext.error);
            rows << c;
            continue;
        }
        QStringList missing, versionGaps, notes, remedies, used;
        for (const auto &r : ext.rows) {
            const QString name = r.value(0), version = r.value(1), schema = r.value(2);
            used << QStringLiteral("%1 %2").arg(name, version);
            if (!offered.contains(name)) {
                missing << name;
                remedies << installHint(name, major);
            } else if (!offered.value(name).contains(version)) {
                versionGaps << tr("%1 %2 (the target offers %3)")
                                   .arg(name, version, QStringList(offered.value(name).values()).join(QStringLiteral(", ")));
            }
            if (schema != QLatin1String("public") && schema != QLatin1String("pg_catalog"))
                notes << tr("%1 lives in schema %2").arg(name, schema);
        }
        c.expected = tr("available on the target: %1").arg(used.isEmpty() ? tr("(none used)") : used.join(QStringLiteral(", ")));
        if (!missing.isEmpty()) {
            c.status = CheckResult::Status::Failed;
            c.found = tr("not available on the target: %1").arg(missing.join(QStringLiteral(", ")));
            c.remedy = remedies.join(QLatin1Char(' '));
        } else if (!versionGaps.isEmpty()) {
            c.severity = CheckResult::Severity::Warning;
            c.status = CheckResult::Status::Failed;
            c.found = tr("other versions on the target: %1").arg(versionGaps.join(QStringLiteral("; ")));
            c.remedy = tr("The restore creates the target's version; compare behaviour, or install the source's version "
                          "on the target first. ALTER EXTENSION … UPDATE moves to a newer one later.");
        } else {
            c.found = used.isEmpty() ? tr("no extensions used") : tr("all %n available", nullptr, int(used.size()));
        }
        if (!notes.isEmpty())
            c.found += QStringLiteral(" · ") + notes.join(QStringLiteral("; "));
        rows << c;
    }
    return rows;
}

} // namespace pgcrossing

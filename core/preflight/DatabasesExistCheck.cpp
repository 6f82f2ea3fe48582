#include "DatabasesExistCheck.h"

#include "postgres/PgClient.h"

#include <QSet>

namespace pgcrossing {

QList<CheckResult> DatabasesExistCheck::run(PreflightContext &ctx) const
{
    QList<DatabaseMapping> &databases = ctx.options.databases;
    const PgResult dbs = ctx.source->query({}, QStringLiteral("SELECT datname FROM pg_database WHERE NOT datistemplate "
                                                              "AND datallowconn ORDER BY datname"));
    QSet<QString> present;
    for (const auto &row : dbs.rows)
        present.insert(row.value(0));
    if (databases.isEmpty()) {
        for (const auto &row : dbs.rows)
            if (row.value(0) != QLatin1String("postgres"))
                databases << DatabaseMapping{row.value(0), row.value(0)};
    }
    CheckResult exist = CheckResult::make(QStringLiteral("source.databases"), tr("The chosen databases exist on the source"),
                             CheckResult::Severity::Blocker);
    QStringList missing, names;
    for (const auto &m : databases) {
        names << m.source;
        if (!present.contains(m.source))
            missing << m.source;
    }
    exist.expected = names.join(QStringLiteral(", "));
    if (databases.isEmpty()) {
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
    ctx.databasesExist = !exist.blocks();
    return {exist};
}

} // namespace pgcrossing

#include "LocaleCheck.h"

#include "postgres/PgClient.h"

#include <QMap>

namespace pgcrossing {

namespace {
const QString kSql = QStringLiteral("SELECT datname, pg_encoding_to_char(encoding), datcollate, datctype, datlocprovider::text "
                                    "FROM pg_database");
}

QList<CheckResult> LocaleCheck::run(PreflightContext &ctx) const
{
    const auto row = [](const QString &database) {
        CheckResult c = CheckResult::make(QStringLiteral("target.locale"), tr("Encoding and collation match the target's defaults"),
                                          CheckResult::Severity::Warning);
        c.database = database;
        return c;
    };
    const PgResult src = ctx.source->query({}, kSql);
    const PgResult dst = ctx.target->query({}, kSql + QStringLiteral(" WHERE datname = 'template1'"));
    if (!src.ok || !dst.ok || dst.rowCount() != 1) {
        CheckResult c = row({});
        c.status = CheckResult::Status::Error;
        c.found = !src.ok ? src.error : dst.error;
        return {c};
    }
    auto describe = [](const PgResult &r, int i) {
        return QStringLiteral("%1, %2/%3%4").arg(r.value(i, 1), r.value(i, 2), r.value(i, 3),
                                                 r.value(i, 4) == QLatin1String("i") ? QStringLiteral(", ICU") : QString());
    };
    const QString targetDefault = describe(dst, 0);
    QMap<QString, int> rowOf;
    for (int i = 0; i < src.rowCount(); ++i)
        rowOf.insert(src.value(i, 0), i);
    QList<CheckResult> rows;
    for (const DatabaseMapping &m : ctx.options.databases) {
        if (!rowOf.contains(m.source))
            continue; // the "databases exist" check reports it
        CheckResult c = row(m.target);
        c.expected = tr("the target's default: %1").arg(targetDefault);
        const int i = rowOf.value(m.source);
        const QString own = describe(src, i);
        if (own == targetDefault) {
            c.found = tr("same as the target's default");
            rows << c;
            continue;
        }
        c.status = CheckResult::Status::Failed;
        c.found = tr("%1 on the source").arg(own);
        c.remedy = tr("The target database is created with the source's encoding and locale: check that the locale "
                      "exists on the target host (locale -a) or creation fails. Text order follows the target's C library, "
                      "so after a move between different systems run REINDEX on text indexes (the report's rollback "
                      "section keeps the source).");
        if (src.value(i, 4) == QLatin1String("i"))
            c.remedy += QLatin1Char(' ') + tr("An ICU database is created with the libc provider on the target: compare "
                                              "text ordering before switching applications.");
        rows << c;
    }
    return rows;
}

} // namespace pgcrossing

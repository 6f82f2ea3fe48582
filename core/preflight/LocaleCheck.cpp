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
    const PgClient &source = *ctx.source;
    const PgClient &target = *ctx.target;
    const QList<DatabaseMapping> &databases = ctx.options.databases;
    CheckResult c;
    c.id = QStringLiteral("target.locale");
    c.title = tr("Encoding and collation match the target's defaults");
    c.severity = CheckResult::Severity::Warning;
    const PgResult src = source.query({}, kSql);
    const PgResult dst = target.query({}, kSql + QStringLiteral(" WHERE datname = 'template1'"));
    if (!src.ok || !dst.ok || dst.rowCount() != 1) {
        c.status = CheckResult::Status::Error;
        c.found = !src.ok ? src.error : dst.error;
        return {c};
    }
    auto describe = [](const PgResult &r, int i) {
        return QStringLiteral("%1, %2/%3%4").arg(r.value(i, 1), r.value(i, 2), r.value(i, 3),
                                                 r.value(i, 4) == QLatin1String("i") ? QStringLiteral(", ICU") : QString());
    };
    const QString targetDefault = describe(dst, 0);
    c.expected = tr("the target's default: %1").arg(targetDefault);
    QMap<QString, int> rowOf;
    for (int i = 0; i < src.rowCount(); ++i)
        rowOf.insert(src.value(i, 0), i);
    QStringList differ, icu;
    for (const DatabaseMapping &m : databases) {
        if (!rowOf.contains(m.source))
            continue; // the "databases exist" check reports it
        const int i = rowOf.value(m.source);
        if (describe(src, i) != targetDefault)
            differ << QStringLiteral("%1 (%2)").arg(m.source, describe(src, i));
        if (src.value(i, 4) == QLatin1String("i"))
            icu << m.source;
    }
    if (differ.isEmpty()) {
        c.found = tr("same as the target's default");
        return {c};
    }
    c.status = CheckResult::Status::Failed;
    c.found = tr("different: %1").arg(differ.join(QStringLiteral("; ")));
    c.remedy = tr("The target databases are created with the source's encoding and locale: check that the locale "
                  "exists on the target host (locale -a) or creation fails. Text order follows the target's C library, "
                  "so after a move between different systems run REINDEX on text indexes (the report's rollback "
                  "section keeps the source).");
    if (!icu.isEmpty())
        c.remedy += QLatin1Char(' ') + tr("ICU databases (%1) are created with the libc provider on the target: compare "
                                          "text ordering before switching applications.").arg(icu.join(QStringLiteral(", ")));
    return {c};
}

} // namespace pgcrossing

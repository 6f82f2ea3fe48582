#include "TextSearchConfigs.h"

#include "PgClient.h"

namespace pgcrossing {

namespace {
const char *kSql =
    "SELECT format('%I.%I', cn.nspname, c.cfgname), cn.nspname, pg_get_userbyid(c.cfgowner), e.extname, en.nspname,"
    "       p.prsname,"
    "       coalesce((SELECT format('%I.%I', n2.nspname, c2.cfgname)"
    "                   FROM pg_ts_config c2 JOIN pg_namespace n2 ON n2.oid = c2.cfgnamespace"
    "                   JOIN pg_depend d2 ON d2.classid = 'pg_ts_config'::regclass AND d2.objid = c2.oid"
    "                                    AND d2.deptype = 'e' AND d2.refobjid = e.oid"
    "                  WHERE c2.cfgparser = c.cfgparser AND c2.oid <> c.oid"
    "                    AND NOT format('%I.%I', n2.nspname, c2.cfgname) = ANY ($ADOPTED)"
    "                    AND NOT EXISTS (SELECT maptokentype, mapseqno, mapdict FROM pg_ts_config_map WHERE mapcfg = c.oid"
    "                                    EXCEPT SELECT maptokentype, mapseqno, mapdict FROM pg_ts_config_map WHERE mapcfg = c2.oid)"
    "                    AND NOT EXISTS (SELECT maptokentype, mapseqno, mapdict FROM pg_ts_config_map WHERE mapcfg = c2.oid"
    "                                    EXCEPT SELECT maptokentype, mapseqno, mapdict FROM pg_ts_config_map WHERE mapcfg = c.oid)"
    "                  ORDER BY 1 LIMIT 1), ''),"
    "       coalesce((SELECT string_agg(pg_describe_object(d.classid, d.objid, d.objsubid), '; ' ORDER BY 1)"
    "                   FROM pg_depend d WHERE d.refclassid = 'pg_ts_config'::regclass AND d.refobjid = c.oid"
    "                    AND d.deptype <> 'e'), ''),"
    "       coalesce(obj_description(c.oid, 'pg_ts_config'), ''),"
    // ALTER EXTENSION … ADD needs the extension and the configuration owned (a superuser has every role).
    "       pg_has_role(c.cfgowner, 'USAGE') AND pg_has_role(e.extowner, 'USAGE')"
    "  FROM pg_ts_config c"
    "  JOIN pg_namespace cn ON cn.oid = c.cfgnamespace"
    "  JOIN pg_ts_parser p ON p.oid = c.cfgparser"
    "  JOIN pg_depend pd ON pd.classid = 'pg_ts_parser'::regclass AND pd.objid = p.oid AND pd.deptype = 'e'"
    "  JOIN pg_extension e ON e.oid = pd.refobjid"
    "  JOIN pg_namespace en ON en.oid = e.extnamespace"
    " WHERE format('%I.%I', cn.nspname, c.cfgname) = ANY ($ADOPTED)"
    "    OR NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_ts_config'::regclass AND d.objid = c.oid"
    "                    AND d.deptype = 'e')"
    " ORDER BY 1";
} // namespace

QList<TextSearchConfigs::Entry> TextSearchConfigs::read(const PgClient &pg, const QString &db, const QStringList &adopted,
                                                        QString *error)
{
    const PgResult r = pg.query(db, QString::fromLatin1(kSql).replace(QStringLiteral("$ADOPTED"), PgClient::textArray(adopted)));
    if (!r.ok) {
        *error = r.error;
        return {};
    }
    QList<Entry> out;
    for (const auto &row : r.rows)
        out << Entry{row.value(0), row.value(1), row.value(2), row.value(3), row.value(4),
                     row.value(5), row.value(6), row.value(7), row.value(8), row.value(9) == QLatin1String("t")};
    return out;
}

QString TextSearchConfigs::changeId(const QString &db, const QString &config)
{
    return QStringLiteral("text-search:%1:%2").arg(db, config);
}

bool TextSearchConfigs::Entry::carriable() const
{
    return whyNotCarriable().isEmpty();
}

QString TextSearchConfigs::Entry::whyNotCarriable() const
{
    if (copyFrom.isEmpty())
        return tr("its mapping differs from every configuration of extension %1, so it cannot be recreated as a copy "
                  "without asking the parser for its token names").arg(extension);
    // Created before pg_restore runs, so its schema must already be there: only public is.
    if (schema != QLatin1String("public") || extensionSchema != QLatin1String("public"))
        return tr("it or extension %1 lives outside the public schema, which the restore creates only later")
            .arg(extension);
    return {};
}

namespace {
// Idempotent: what the catalog says decides, never what a record remembers, so a loan undone by hand, a
// retry after a failure, or a crash between the ALTER and the record cannot make it run twice or not at all.
// READ WRITE: a source held for stop-write defaults to read-only transactions.
QString membershipSql(const TextSearchConfigs::Entry &e, bool add)
{
    const QString member = QStringLiteral("EXISTS (SELECT 1 FROM pg_depend WHERE classid = 'pg_ts_config'::regclass "
                                          "AND objid = %1::regconfig AND deptype = 'e')")
                               .arg(PgClient::quoteLiteral(e.config));
    const QString body = QStringLiteral("BEGIN\n  IF %1%2 THEN\n    ALTER EXTENSION %3 %4 TEXT SEARCH CONFIGURATION %5;\n"
                                        "  END IF;\nEND")
                             .arg(add ? QStringLiteral("NOT ") : QString(), member, PgClient::quoteIdent(e.extension),
                                  add ? QStringLiteral("ADD") : QStringLiteral("DROP"), e.config);
    return QStringLiteral("BEGIN READ WRITE;\n%1\nCOMMIT").arg(PgClient::doBlock(body));
}
} // namespace

QString TextSearchConfigs::Entry::adoptSql() const
{
    return membershipSql(*this, true);
}

QString TextSearchConfigs::Entry::releaseSql() const
{
    return membershipSql(*this, false);
}

QString TextSearchConfigs::Entry::createSql(const QString &newOwner) const
{
    // The same words pg_dump writes for the extension, so the restore's own statement is a no-op.
    QString sql = QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1 WITH SCHEMA %2;\n"
                                 "CREATE TEXT SEARCH CONFIGURATION %3 (COPY = %4);\n")
                      .arg(PgClient::quoteIdent(extension), PgClient::quoteIdent(extensionSchema), config, copyFrom);
    if (!newOwner.isEmpty())
        sql += QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 OWNER TO %2;\n").arg(config, PgClient::quoteIdent(newOwner));
    if (!comment.isEmpty())
        sql += QStringLiteral("COMMENT ON TEXT SEARCH CONFIGURATION %1 IS %2;\n").arg(config, PgClient::quoteLiteral(comment));
    return sql;
}

} // namespace pgcrossing

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
    "       coalesce(obj_description(c.oid, 'pg_ts_config'), '')"
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
    QStringList literals;
    for (const QString &a : adopted)
        literals << PgClient::quoteLiteral(a);
    const QString array = QStringLiteral("ARRAY[%1]::text[]").arg(literals.join(QLatin1Char(',')));
    const PgResult r = pg.query(db, QString::fromLatin1(kSql).replace(QStringLiteral("$ADOPTED"), array));
    if (!r.ok) {
        *error = r.error;
        return {};
    }
    QList<Entry> out;
    for (const auto &row : r.rows)
        out << Entry{row.value(0), row.value(1), row.value(2), row.value(3), row.value(4),
                     row.value(5), row.value(6), row.value(7), row.value(8)};
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

QString TextSearchConfigs::Entry::adoptSql() const
{
    // READ WRITE: a source held for stop-write defaults to read-only transactions.
    return QStringLiteral("BEGIN READ WRITE; ALTER EXTENSION %1 ADD TEXT SEARCH CONFIGURATION %2; COMMIT")
        .arg(PgClient::quoteIdent(extension), config);
}

QString TextSearchConfigs::Entry::releaseSql() const
{
    return QStringLiteral("BEGIN READ WRITE; ALTER EXTENSION %1 DROP TEXT SEARCH CONFIGURATION %2; COMMIT")
        .arg(PgClient::quoteIdent(extension), config);
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

#include "Catalog.h"

#include "PgClient.h"

namespace pgcrossing {

namespace {
PgResult run(const PgClient &pg, const QString &db, const QString &sql, QString *error)
{
    PgResult r = pg.query(db, sql);
    if (!r.ok && error)
        *error = r.error;
    return r;
}
} // namespace

QList<DatabaseInfo> Catalog::databases(QString *error) const
{
    const PgResult r = run(m_pg, {}, QStringLiteral(
        "SELECT datname, pg_get_userbyid(datdba), pg_encoding_to_char(encoding), datcollate, "
        "CASE WHEN has_database_privilege(datname, 'CONNECT') THEN pg_database_size(oid) ELSE 0 END, "
        "datistemplate, datallowconn FROM pg_database ORDER BY datname"), error);
    QList<DatabaseInfo> out;
    for (const auto &row : r.rows)
        out << DatabaseInfo{row.value(0), row.value(1), row.value(2), row.value(3), row.value(4).toLongLong(),
                            row.value(5) == QLatin1String("t"), row.value(6) == QLatin1String("t")};
    return out;
}

QList<TableInfo> Catalog::tables(const QString &db, QString *error) const
{
    const PgResult r = run(m_pg, db, QStringLiteral(
        "SELECT n.nspname, c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid), c.reltuples::bigint, "
        "EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r','p','m') AND n.nspname NOT IN ('pg_catalog','information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
        "ORDER BY 3 DESC, 1, 2"), error);
    QList<TableInfo> out;
    for (const auto &row : r.rows)
        out << TableInfo{row.value(0), row.value(1), row.value(2).toLongLong(), row.value(3).toLongLong(),
                         row.value(4).toLongLong(), row.value(5) == QLatin1String("t")};
    return out;
}

QList<ExtensionInfo> Catalog::extensions(const QString &db, QString *error) const
{
    const PgResult r = run(m_pg, db, QStringLiteral(
        "SELECT a.name, coalesce(e.extversion, ''), coalesce(a.default_version, ''), coalesce(n.nspname, '') "
        "FROM pg_available_extensions a LEFT JOIN pg_extension e ON e.extname = a.name "
        "LEFT JOIN pg_namespace n ON n.oid = e.extnamespace ORDER BY 1"), error);
    QList<ExtensionInfo> out;
    for (const auto &row : r.rows)
        out << ExtensionInfo{row.value(0), row.value(1), row.value(2), row.value(3)};
    return out;
}

QList<SessionActivity> Catalog::sessions(QString *error) const
{
    const PgResult r = run(m_pg, {}, QStringLiteral(
        "SELECT coalesce(datname, ''), pid, coalesce(usename, ''), application_name, coalesce(state, ''), "
        "coalesce(to_char(xact_start, 'YYYY-MM-DD HH24:MI:SS'), '') FROM pg_stat_activity "
        "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() ORDER BY 1, 2"), error);
    QList<SessionActivity> out;
    for (const auto &row : r.rows)
        out << SessionActivity{row.value(0), row.value(1).toInt(), row.value(2), row.value(3), row.value(4), row.value(5)};
    return out;
}

QMap<QString, QString> Catalog::settings(const QStringList &names, QString *error) const
{
    QStringList lits;
    for (const QString &n : names)
        lits << PgClient::quoteLiteral(n);
    QMap<QString, QString> out;
    if (names.isEmpty())
        return out;
    const PgResult r = run(m_pg, {}, QStringLiteral("SELECT name, setting FROM pg_settings WHERE name IN (%1)")
                                         .arg(lits.join(QLatin1Char(','))), error);
    for (const auto &row : r.rows)
        out.insert(row.value(0), row.value(1));
    return out;
}

QString Catalog::dataDirectory(QString *error) const
{
    const PgResult r = run(m_pg, {}, QStringLiteral("SELECT CASE WHEN pg_has_role('pg_read_all_settings', 'member') "
                                                    "THEN current_setting('data_directory') END"), error);
    return r.isNull(0, 0) ? QString() : r.scalar();
}

qint64 Catalog::dataBytes(const QString &db, QString *error) const
{
    return run(m_pg, db, QStringLiteral(
        "SELECT coalesce(sum(pg_table_size(c.oid)), 0) + pg_table_size('pg_catalog.pg_largeobject') "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog','information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"), error).scalar().toLongLong();
}

} // namespace pgcrossing

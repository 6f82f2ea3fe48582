#include "ContentFingerprint.h"

#include "postgres/PgClient.h"

#include <QHash>

namespace pgcrossing {

namespace {
// The one rule of what a fingerprint tells apart (README, "How verification compares"). Each column is
// hashed on its own with a seed of its position, NULL as the seed itself; a row's hash re-mixes the xor of
// its columns'. A column is hashed natively only where its type's extended (seeded 64-bit) hash separates
// every value its output separates and depends on the value only; the function for each such base type:
const QHash<QString, QString> kNative{
    {QStringLiteral("int2"), QStringLiteral("hashint2extended(%1, %2)")},
    {QStringLiteral("int4"), QStringLiteral("hashint4extended(%1, %2)")},
    {QStringLiteral("int8"), QStringLiteral("hashint8extended(%1, %2)")},
    {QStringLiteral("oid"), QStringLiteral("hashoidextended(%1, %2)")},
    {QStringLiteral("bool"), QStringLiteral("hashint4extended(%1::int4, %2)")},
    {QStringLiteral("char"), QStringLiteral("hashcharextended(%1, %2)")},
    {QStringLiteral("name"), QStringLiteral("hashnameextended(%1, %2)")},
    {QStringLiteral("text"), QStringLiteral("hashtextextended(%1 COLLATE \"C\", %2)")},
    {QStringLiteral("varchar"), QStringLiteral("hashtextextended(%1 COLLATE \"C\", %2)")},
    {QStringLiteral("bpchar"), QStringLiteral("hashbpcharextended(%1 COLLATE \"C\", %2)")}, // char(n) only, below
    {QStringLiteral("date"), QStringLiteral("timestamp_hash_extended(%1::timestamp, %2)")},
    {QStringLiteral("timestamp"), QStringLiteral("timestamp_hash_extended(%1, %2)")},
    {QStringLiteral("timestamptz"), QStringLiteral("timestamp_hash_extended(%1 AT TIME ZONE 'UTC', %2)")},
    {QStringLiteral("time"), QStringLiteral("time_hash_extended(%1, %2)")},
    {QStringLiteral("timetz"), QStringLiteral("timetz_hash_extended(%1, %2)")},
    {QStringLiteral("uuid"), QStringLiteral("uuid_hash_extended(%1, %2)")},
    {QStringLiteral("inet"), QStringLiteral("hashinetextended(%1, %2)")},
    {QStringLiteral("cidr"), QStringLiteral("hashinetextended(%1, %2)")},
    {QStringLiteral("macaddr"), QStringLiteral("hashmacaddrextended(%1, %2)")},
    {QStringLiteral("bytea"), QStringLiteral("hash_array_extended(ARRAY[%1], %2)")}, // its own hash takes internal
};
// Every other type is hashed through its text under the session's pinned settings (PgClient::sessionSql:
// extra_float_digits = 3, DateStyle ISO, IntervalStyle postgres, TimeZone UTC, bytea hex), which is exact:
//   float4, float8   their hash makes -0 equal to 0 (and every NaN one value); the text says "-0"
//   numeric          its hash ignores the scale: 2.5 and 2.50 are one; the text keeps the scale
//   jsonb            numbers inside are numeric: 1 and 1.0 hash alike; the text keeps them apart
//   interval         '1 day' and '24 hours' hash alike; the text keeps them apart
//   char without a length  its hash and its ::text drop trailing blanks its output keeps: hashed through
//                    its output (concat); in char(n) trailing blanks are padding and carry nothing
//   money, json, xml, point, tsvector, hstore, ranges, composites, enums, reg* (no hash function, or
//                    one over OIDs a restore changes)
// Arrays follow their element type, plus their dimensions and lower bounds (array_dims), which the array
// hash leaves out ('{1,2}', '{{1},{2}}' and '[2:3]={1,2}' hash alike). Domains follow their base type.
// Text is compared byte for byte (COLLATE "C"), so a nondeterministic collation cannot make 'A' and 'a'
// one value.
bool unlimitedChar(const TableShape::Column &c) { return c.base == QLatin1String("bpchar") && c.typmod < 0; }

// The column's exact text: ::text, except for char without a length (see above).
QString textOf(const TableShape::Column *c, const QString &e)
{
    return c && unlimitedChar(*c) ? QStringLiteral("concat(%1)").arg(e) : QStringLiteral("%1::text").arg(e);
}

QString columnHash(const TableShape::Column *c, const QString &e, int seed)
{
    const QString s = QString::number(seed);
    const QString native = c && !unlimitedChar(*c) ? kNative.value(c->base) : QString();
    QString h;
    if (native.isEmpty())
        h = QStringLiteral("hashtextextended(%1 COLLATE \"C\", %2)").arg(textOf(c, e), s);
    else if (c->array)
        h = QStringLiteral("hash_array_extended(%1%3, %2) # hashtextextended(coalesce(array_dims(%1), ''), %2)")
                .arg(e, s, native.contains(QLatin1String("COLLATE")) ? QStringLiteral(" COLLATE \"C\"") : QString());
    else
        h = native.arg(e, s);
    return QStringLiteral("coalesce(%1, %2)").arg(h, s);
}
} // namespace

QMap<QString, TableShape> ContentFingerprint::shapes(const PgClient &pg, const QString &db, QString *error)
{
    // Domains are hashed as their base type; arrays by their element type.
    const QString sql = QStringLiteral(
        "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
        "  coalesce(et.typname, bt.typname) AS basetype, (bt.typcategory = 'A') AS isarray, "
        "  CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod, "
        "  coalesce((SELECT k.n FROM unnest(pk.indkey) WITH ORDINALITY AS k(attnum, n) WHERE k.attnum = a.attnum), 0) AS pkpos, "
        "  coalesce((SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent "
        "            JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid AND p.relkind = 'p'), '') AS parent "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "JOIN pg_type t ON t.oid = a.atttypid "
        "JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END "
        "LEFT JOIN pg_type et ON et.oid = bt.typelem AND bt.typcategory = 'A' "
        "LEFT JOIN pg_index pk ON pk.indrelid = c.oid AND pk.indisprimary "
        "WHERE (c.relkind = 'r' OR (c.relkind = 'm' AND c.relispopulated)) AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
        "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e') "
        "ORDER BY 1, 2, a.attnum");
    const PgResult r = pg.query(db, sql);
    QMap<QString, TableShape> out;
    if (!r.ok) {
        *error = r.error;
        return out;
    }
    QMap<QString, QMap<int, QString>> pks;
    for (const auto &row : r.rows) {
        const QString key = row.value(0) + QLatin1Char('.') + row.value(1);
        TableShape &t = out[key];
        t.schema = row.value(0);
        t.name = row.value(1);
        t.partitionOf = row.value(8);
        t.columns << TableShape::Column{row.value(2), row.value(3), row.value(4), row.value(5) == QLatin1String("t"),
                                        row.value(6).toInt()};
        if (const int pos = row.value(7).toInt())
            pks[key].insert(pos, row.value(2));
    }
    for (auto it = pks.begin(); it != pks.end(); ++it)
        out[it.key()].primaryKey = it.value().values();
    return out;
}

QString ContentFingerprint::sessionSql()
{
    // Row security must not hide rows from the comparison (off makes it an error instead); no server-side
    // timeout cuts a long scan short; and a cancelled client ends its scan on the server (PostgreSQL 14+).
    return QStringLiteral("SET row_security = off; SET statement_timeout = 0; "
                          "DO $$ BEGIN IF current_setting('server_version_num')::int >= 140000 THEN "
                          "PERFORM set_config('client_connection_check_interval', '1000', false); END IF; END $$;\n");
}

QString ContentFingerprint::rowHash(const TableShape &shape, const QStringList &columns, bool textMode)
{
    QStringList exprs;
    for (int i = 0; i < columns.size(); ++i) {
        const TableShape::Column *c = shape.column(columns[i]);
        const QString e = QStringLiteral("t.") + PgClient::quoteIdent(columns[i]);
        exprs << (textMode ? QStringLiteral("(%1) COLLATE \"C\"").arg(textOf(c, e)) : columnHash(c, e, i + 1));
    }
    if (textMode)
        return QStringLiteral("hashint8extended(hashtextextended(ROW(%1)::text, 0), 0)").arg(exprs.join(QStringLiteral(", ")));
    // Re-mixing each row's hash makes the sum non-linear in the columns (catches values swapped between rows).
    return QStringLiteral("hashint8extended(%1, 0)").arg(exprs.isEmpty() ? QStringLiteral("0::int8") : exprs.join(QStringLiteral(" # ")));
}

QMap<QString, ContentFingerprint::Value> ContentFingerprint::compute(const PgClient &pg, const QString &db,
                                                                     const QList<TableShape> &tables,
                                                                     const QMap<QString, QStringList> &columns,
                                                                     bool textMode)
{
    QMap<QString, Value> out;
    if (tables.isEmpty())
        return out;
    // One statement per table in one psql run: UNION ALL keeps it one result set, each branch a full scan
    // that PostgreSQL may run with parallel workers.
    QStringList parts;
    for (int i = 0; i < tables.size(); ++i) {
        const TableShape &t = tables[i];
        parts << QStringLiteral("SELECT %1 AS i, count(*) AS n, coalesce(sum(%2), 0)::text AS h FROM ONLY %3 t")
                     .arg(i)
                     .arg(rowHash(t, columns.value(t.key()), textMode), t.qualified());
    }
    const PgResult r = pg.query(db, sessionSql() + parts.join(QStringLiteral("\nUNION ALL\n")));
    for (int i = 0; i < tables.size(); ++i) {
        Value &v = out[tables[i].key()];
        if (!r.ok)
            v.error = r.error;
    }
    if (!r.ok)
        return out;
    for (const auto &row : r.rows) {
        Value &v = out[tables.value(row.value(0).toInt()).key()];
        v.rows = row.value(1).toLongLong();
        v.hash = row.value(2);
    }
    return out;
}

} // namespace pgcrossing

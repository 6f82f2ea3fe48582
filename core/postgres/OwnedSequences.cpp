#include "OwnedSequences.h"

#include "PgClient.h"

namespace pgcrossing {

QString OwnedSequences::sql()
{
    return QStringLiteral(
        "WITH owned AS ("
        "  SELECT format('%I.%I', sn.nspname, s.relname) AS seq, ps.last_value,"
        "         format('%I.%I.%I', tn.nspname, t.relname, a.attname) AS col,"
        "         format('SELECT max(%I) AS m FROM %I.%I', a.attname, tn.nspname, t.relname) AS maxsql"
        "  FROM pg_depend d"
        "  JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'"
        "  JOIN pg_namespace sn ON sn.oid = s.relnamespace"
        "  JOIN pg_sequences ps ON ps.schemaname = sn.nspname AND ps.sequencename = s.relname"
        "  JOIN pg_class t ON t.oid = d.refobjid"
        "  JOIN pg_namespace tn ON tn.oid = t.relnamespace"
        "  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid"
        "  WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')"
        "    AND format_type(a.atttypid, NULL) IN ('smallint', 'integer', 'bigint')"
        ")"
        " SELECT seq, coalesce(last_value::text, ''), col,"
        "        coalesce((xpath('/row/m/text()', query_to_xml(maxsql, false, true, '')))[1]::text, '')"
        " FROM owned ORDER BY 1");
}

QList<OwnedSequences::Entry> OwnedSequences::read(const PgClient &pg, const QString &db, QString *error)
{
    const PgResult r = pg.query(db, sql());
    if (!r.ok) {
        *error = r.error;
        return {};
    }
    QList<Entry> out;
    for (const auto &row : r.rows)
        out << Entry{row.value(0), row.value(1), row.value(2), row.value(3)};
    return out;
}

} // namespace pgcrossing

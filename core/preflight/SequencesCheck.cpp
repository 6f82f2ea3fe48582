#include "SequencesCheck.h"

#include "postgres/PgClient.h"

namespace pgcrossing {

QString SequencesCheck::behindSql()
{
    // One row per owned sequence whose column holds a value above what the sequence handed out.
    return QStringLiteral(
        "WITH owned AS ("
        "  SELECT ps.schemaname, ps.sequencename, ps.last_value, n.nspname AS tschema, c.relname AS tname, a.attname AS col"
        "  FROM pg_sequence s"
        "  JOIN pg_class sc ON sc.oid = s.seqrelid"
        "  JOIN pg_namespace sn ON sn.oid = sc.relnamespace"
        "  JOIN pg_sequences ps ON ps.schemaname = sn.nspname AND ps.sequencename = sc.relname"
        "  JOIN pg_depend d ON d.objid = s.seqrelid AND d.classid = 'pg_class'::regclass"
        "       AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')"
        "  JOIN pg_class c ON c.oid = d.refobjid"
        "  JOIN pg_namespace n ON n.oid = c.relnamespace"
        "  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid"
        "), maxima AS ("
        "  SELECT o.*, (xpath('/row/m/text()', query_to_xml(format('SELECT max(%I) AS m FROM %I.%I', o.col, o.tschema, o.tname),"
        "          false, true, '')))[1]::text::numeric AS maxval"
        "  FROM owned o"
        ")"
        " SELECT format('%I.%I', schemaname, sequencename), coalesce(last_value::text, 'unused'),"
        "        format('%I.%I.%I', tschema, tname, col), maxval"
        " FROM maxima WHERE maxval IS NOT NULL AND maxval > coalesce(last_value, 0) ORDER BY 1");
}

CheckResult SequencesCheck::run(const PgClient &source, const QList<DatabaseMapping> &databases)
{
    CheckResult c;
    c.id = QStringLiteral("source.sequences");
    c.title = tr("Sequences are ahead of their columns on the source");
    c.severity = CheckResult::Severity::Warning;
    c.expected = tr("each serial/identity sequence ≥ the largest value in its column");
    QStringList behind;
    for (const DatabaseMapping &m : databases) {
        const PgResult r = source.query(m.source, behindSql());
        if (!r.ok) {
            c.status = CheckResult::Status::Error;
            c.found = tr("cannot read the sequences of %1: %2").arg(m.source, r.error);
            return c;
        }
        for (int i = 0; i < r.rowCount(); ++i)
            behind << tr("%1: %2 at %3, %4 reaches %5").arg(m.source, r.value(i, 0), r.value(i, 1), r.value(i, 2), r.value(i, 3));
    }
    if (behind.isEmpty()) {
        c.found = tr("none behind");
        return c;
    }
    c.status = CheckResult::Status::Failed;
    c.found = behind.join(QStringLiteral("; "));
    c.remedy = tr("The migration sets every sequence on the target past its column's largest value, so the target "
                  "continues correctly. On the source, the next default insert would collide; fix it there with "
                  "SELECT setval('SEQUENCE', (SELECT max(COLUMN) FROM TABLE)).");
    return c;
}

} // namespace pgcrossing

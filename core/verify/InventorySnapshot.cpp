#include "InventorySnapshot.h"

#include "postgres/OwnedSequences.h"
#include "postgres/PgClient.h"

#include <QSet>
#include <QVersionNumber>

namespace pgcrossing {

namespace {
// Objects that belong to extensions are the extension's business, not ours to compare one by one.
const char *kNotExt = "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %1 AND d.deptype = 'e')";
QString notExt(const QString &oid) { return QString::fromLatin1(kNotExt).arg(oid); }
const QString kUserNs = QStringLiteral("n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
                                       "AND n.nspname NOT LIKE 'pg\\_temp%'");
} // namespace

InventorySnapshot InventorySnapshot::collect(const PgClient &pg, const QString &db)
{
    const QString sql = QStringLiteral(
        "SELECT 'extension', extname, extversion, 0, 0 FROM pg_extension WHERE extname <> 'plpgsql'\n"
        "UNION ALL SELECT 'table', format('%I.%I', n.nspname, c.relname), "
        "  (SELECT string_agg(format('%I %s%s%s', a.attname, format_type(a.atttypid, a.atttypmod), "
        "     CASE WHEN a.attnotnull THEN ' not null' ELSE '' END, "
        "     CASE a.attgenerated WHEN 's' THEN ' generated' ELSE '' END), ', ' ORDER BY a.attname) "
        "   FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), 0, 0 "
        "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p') AND %1 AND %2\n"
        "UNION ALL SELECT 'index', format('%I.%I', n.nspname, c.relname), pg_get_indexdef(c.oid), 0, 0 "
        "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('i','I') AND %1 AND %2\n"
        // NOT NULL is compared with each column (attnotnull, on every major), never as a constraint: PostgreSQL
        // 18 keeps NOT NULL constraints in pg_constraint (contype 'n'), earlier majors do not.
        "UNION ALL SELECT 'constraint', format('%I.%I.%I', n.nspname, c.relname, k.conname), pg_get_constraintdef(k.oid), 0, 0 "
        "  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "  WHERE k.contype <> 'n' AND %1 AND %2\n"
        // A sequence: its last value and is_called, read from the sequence itself (pg_sequences hides a value
        // not yet called), through query_to_xml so that one statement reads them all.
        "UNION ALL SELECT 'sequence', format('%I.%I', n.nspname, c.relname), "
        "  (xpath('/row/is_called/text()', x))[1]::text, (xpath('/row/last_value/text()', x))[1]::text::bigint, 0 "
        "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, "
        "  LATERAL query_to_xml(format('SELECT last_value, is_called FROM %I.%I', n.nspname, c.relname), false, true, '') x "
        "  WHERE c.relkind = 'S' AND %1 AND %2\n"
        // What the verifier does not read, said: a foreign table's rows live on another server, a
        // materialized view never populated has none to read.
        "UNION ALL SELECT 'not compared', format('%I.%I', n.nspname, c.relname), "
        "  CASE WHEN c.relkind = 'f' THEN 'foreign table' ELSE 'unpopulated materialized view' END, 0, 0 "
        "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "  WHERE (c.relkind = 'f' OR (c.relkind = 'm' AND NOT c.relispopulated)) AND %1 AND %2\n"
        "UNION ALL SELECT 'view', format('%I.%I', n.nspname, c.relname), md5(pg_get_viewdef(c.oid)), 0, 0 "
        "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v','m') AND %1 AND %2\n"
        "UNION ALL SELECT 'function', format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)), "
        "  md5(coalesce(p.prosrc, '')), 0, 0 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE %1 AND %3\n"
        "UNION ALL SELECT 'trigger', format('%I.%I.%I', n.nspname, c.relname, t.tgname), pg_get_triggerdef(t.oid), 0, 0 "
        "  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "  WHERE NOT t.tgisinternal AND %1\n"
        "UNION ALL SELECT 'text search config', format('%I.%I', n.nspname, c.cfgname), p.prsname, 0, 0 "
        "  FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace JOIN pg_ts_parser p ON p.oid = c.cfgparser "
        "  WHERE %1 AND %4\n"
        "UNION ALL SELECT 'size', current_database(), '', pg_database_size(current_database()), 0")
                            .arg(kUserNs, notExt(QStringLiteral("c.oid")), notExt(QStringLiteral("p.oid")),
                                 notExt(QStringLiteral("c.oid")));
    InventorySnapshot snap;
    const PgResult r = pg.query(db, sql);
    if (!r.ok) {
        snap.error = r.error;
        return snap;
    }
    for (const auto &row : r.rows)
        snap.items[row.value(0)][row.value(1)] = Item{row.value(2), row.value(3).toLongLong(), 0};

    // Large objects: each one's owner and the md5 of its content (their OIDs survive a dump and restore).
    const PgResult lo = pg.query(db, QStringLiteral("SELECT m.oid::text, pg_get_userbyid(m.lomowner), md5(lo_get(m.oid)) "
                                                    "FROM pg_largeobject_metadata m ORDER BY m.oid"));
    if (!lo.ok) {
        snap.error = tr("cannot read the large objects: %1").arg(lo.error);
        return snap;
    }
    for (const auto &row : lo.rows)
        snap.items[QStringLiteral("large object")][row.value(0)] = Item{row.value(2), 0, 0, row.value(1)};

    // Owned sequences: the max of the owning column, so "a sequence behind its data" shows.
    QString error;
    for (const OwnedSequences::Entry &e : OwnedSequences::read(pg, db, &error))
        if (snap.items[QStringLiteral("sequence")].contains(e.sequence))
            snap.items[QStringLiteral("sequence")][e.sequence].columnMax = e.columnMax.toLongLong();
    return snap;
}

QString InventorySnapshot::notComparedWhy(const QString &what)
{
    if (what == QLatin1String("foreign table"))
        return tr("a foreign table: its rows live on another server and are not compared");
    return tr("a materialized view never populated: no rows to compare (REFRESH MATERIALIZED VIEW fills it)");
}

QString InventorySnapshot::shown(const QString &kind, const Item &i)
{
    if (kind == QLatin1String("large object"))
        return tr("owner %1, md5 %2").arg(i.owner, i.value);
    if (kind != QLatin1String("sequence"))
        return i.value;
    return i.value == QLatin1String("true") ? tr("%1, is_called = true").arg(i.number) : tr("%1, is_called = false").arg(i.number);
}

void InventorySnapshot::compareSequence(const Item &a, const Item &b, InventoryRow *row)
{
    // setval(seq, last_value, is_called): both must match, in either direction. The one accepted
    // difference is the migration's own: a source sequence behind its column's max, which the plan moved
    // past the data on the target.
    row->source = shown(QStringLiteral("sequence"), a);
    row->target = shown(QStringLiteral("sequence"), b);
    if (b.number < b.columnMax || (b.number == b.columnMax && b.columnMax > 0 && b.value != QLatin1String("true"))) {
        row->status = InventoryStatus::Differs;
        row->message = tr("the target's sequence (%1) is behind the max of its column (%2): the next insert "
                          "would collide").arg(b.number).arg(b.columnMax);
    } else if (a.number == b.number && a.value == b.value) {
        row->status = InventoryStatus::Equal;
    } else if (a.columnMax > a.number && b.number == b.columnMax) {
        row->status = InventoryStatus::Info;
        row->message = tr("moved past its column's max on the target by the migration (the source's sequence is "
                          "behind its own data)");
    } else {
        row->status = InventoryStatus::Differs;
        row->message = b.number > a.number   ? tr("the target's sequence is ahead of the source's")
                       : b.number < a.number ? tr("the target's sequence is behind the source's")
                                             : tr("same last value, but is_called differs: the next value differs");
    }
}

QList<InventoryRow> InventorySnapshot::compare(const QString &database, const InventorySnapshot &source,
                                               const InventorySnapshot &target, const QString &ownerOnTarget)
{
    QList<InventoryRow> out;
    QSet<QString> kinds;
    for (const QString &k : source.items.keys())
        kinds.insert(k);
    for (const QString &k : target.items.keys())
        kinds.insert(k);
    QStringList sortedKinds = kinds.values();
    sortedKinds.sort();
    for (const QString &kind : sortedKinds) {
        const auto s = source.items.value(kind), t = target.items.value(kind);
        QSet<QString> keys;
        for (const QString &k : s.keys())
            keys.insert(k);
        for (const QString &k : t.keys())
            keys.insert(k);
        QStringList sorted = keys.values();
        sorted.sort();
        for (const QString &key : sorted) {
            InventoryRow row{database, kind, key, std::nullopt, std::nullopt, InventoryStatus::Equal, QString()};
            if (kind == QLatin1String("size")) {
                row.source = QString::number(s.value(key).number);
                row.target = QString::number(t.value(key).number);
                row.status = InventoryStatus::Info;
                row.message = tr("sizes differ after a restore (no bloat); not a difference");
            } else if (!t.contains(key)) {
                row.status = InventoryStatus::MissingOnTarget;
                row.source = shown(kind, s.value(key));
            } else if (!s.contains(key)) {
                row.status = InventoryStatus::ExtraOnTarget;
                row.target = shown(kind, t.value(key));
            } else if (kind == QLatin1String("sequence")) {
                compareSequence(s.value(key), t.value(key), &row);
            } else if (kind == QLatin1String("large object")) {
                // Content always; the owner is the source's, or the one the plan gave everything on the target.
                const Item a = s.value(key), b = t.value(key);
                row.source = shown(kind, a);
                row.target = shown(kind, b);
                const bool owner = ownerOnTarget == QLatin1String("*") || b.owner == (ownerOnTarget.isEmpty() ? a.owner : ownerOnTarget);
                if (a.value != b.value || !owner) {
                    row.status = InventoryStatus::Differs;
                    row.message = a.value != b.value ? tr("the content differs") : tr("another owner on the target");
                }
            } else if (kind == QLatin1String("not compared")) {
                row.source = s.value(key).value;
                row.target = t.value(key).value;
                row.status = InventoryStatus::Info;
            } else {
                row.source = s.value(key).value;
                row.target = t.value(key).value;
                if (s.value(key).value != t.value(key).value)
                    row.status = InventoryStatus::Differs;
                // A restore creates each extension at the target's default version: a newer one there is the
                // target's package, said but not a difference; an older one may lack what the source uses.
                if (kind == QLatin1String("extension") && row.status == InventoryStatus::Differs
                    && QVersionNumber::fromString(*row.target) > QVersionNumber::fromString(*row.source)) {
                    row.status = InventoryStatus::Info;
                    row.message = tr("a newer version on the target: CREATE EXTENSION installs the target's default "
                                     "version (ALTER EXTENSION %1 UPDATE on the source would match it)").arg(key);
                }
            }
            if (kind == QLatin1String("not compared")) // on one side or both: why, either way
                row.message = notComparedWhy((t.contains(key) ? t : s).value(key).value);
            out.append(row);
        }
    }
    return out;
}

} // namespace pgcrossing

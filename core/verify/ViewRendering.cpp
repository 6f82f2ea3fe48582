#include "ViewRendering.h"

#include "postgres/PgClient.h"

#include <QMap>

namespace pgcrossing {

void ViewRendering::reconcile(const PgClient &source, const QString &sourceDb, const PgClient &target,
                              const QString &targetDb, QList<InventoryRow> &rows)
{
    QStringList keys;
    for (const InventoryRow &r : rows)
        if (r.kind == QLatin1String("view") && r.status == InventoryStatus::Differs && r.source && r.target)
            keys << r.key;
    if (keys.isEmpty())
        return;

    // The same key as the inventory's (format('%I.%I')), and pg_get_viewdef under the same session settings.
    const QString keyOf = QStringLiteral("format('%I.%I', n.nspname, c.relname)");
    const PgResult defs = source.query(
        sourceDb, QStringLiteral("SELECT %1, pg_get_viewdef(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE c.relkind IN ('v','m') AND %1 = ANY(%2)")
                      .arg(keyOf, PgClient::textArray(keys)));
    if (!defs.ok) {
        for (InventoryRow &r : rows)
            if (keys.contains(r.key) && r.kind == QLatin1String("view"))
                r.message = tr("the two servers write view definitions differently and the source's could not be "
                               "read to compare them: %1").arg(defs.error);
        return;
    }
    QStringList names, texts;
    for (const auto &row : defs.rows) {
        names << row.value(0);
        texts << row.value(1);
    }
    const QString body = QStringLiteral(
        "DECLARE r record;\n"
        "BEGIN\n"
        "  FOR r IN SELECT * FROM unnest(%1, %2) AS u(key, def) LOOP\n"
        "    BEGIN\n"
        "      EXECUTE 'CREATE TEMP VIEW pgx_rendered_view AS ' || rtrim(r.def, E'; \\n');\n"
        "      INSERT INTO pg_temp.pgx_rendered VALUES (r.key, md5(pg_get_viewdef('pg_temp.pgx_rendered_view'::regclass)), NULL);\n"
        "      DROP VIEW pg_temp.pgx_rendered_view;\n"
        "    EXCEPTION WHEN OTHERS THEN\n"
        "      INSERT INTO pg_temp.pgx_rendered VALUES (r.key, NULL, SQLERRM);\n"
        "    END;\n"
        "  END LOOP;\n"
        "END")
                             .arg(PgClient::textArray(names), PgClient::textArray(texts));
    const PgResult rendered = target.query(
        targetDb, QStringLiteral("BEGIN;\nCREATE TEMP TABLE pgx_rendered (key text, md5 text, error text) ON COMMIT DROP;\n%1\n"
                                 "SELECT key, md5, error FROM pg_temp.pgx_rendered;\nROLLBACK;")
                      .arg(PgClient::doBlock(body)));
    QMap<QString, QPair<QString, QString>> byKey; // key → (md5 as the target renders the source's, error)
    if (rendered.ok)
        for (const auto &row : rendered.rows)
            byKey.insert(row.value(0), {row.value(1), row.value(2) == PgClient::nullMarker() ? QString() : row.value(2)});

    for (InventoryRow &r : rows) {
        if (r.kind != QLatin1String("view") || !keys.contains(r.key))
            continue;
        if (!rendered.ok) {
            r.message = tr("the two servers write view definitions differently and the target could not render the "
                           "source's to compare them: %1").arg(rendered.error);
        } else if (!byKey.contains(r.key)) {
            continue;
        } else if (!byKey[r.key].second.isEmpty()) {
            r.message = tr("the target cannot even create the source's definition: %1").arg(byKey[r.key].second);
        } else if (byKey[r.key].first == *r.target) {
            r.status = InventoryStatus::Equal;
            r.message = tr("the same query: the target's PostgreSQL writes it differently (compared as the target "
                           "renders the source's definition)");
        } else {
            r.message = tr("a different query: the source's definition, rendered by the target, is not the target's");
        }
    }
}

} // namespace pgcrossing

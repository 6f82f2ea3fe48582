#include "OwnQueries.h"

#include "postgres/PgClient.h"

#include <future>

namespace pgcrossing {

namespace {
constexpr int kShownRows = 20;

struct Answer {
    QString whole;  // every row: what is compared
    QString shown;  // the first rows: what is recorded and shown
    QString error;
};

Answer ask(const PgClient &pg, const QString &db, const QString &sql)
{
    // Read-only whatever the SQL says first; no server-side timeout of the DBA's own query.
    const PgResult r = pg.query(db, QStringLiteral("SET default_transaction_read_only = on; SET statement_timeout = 0;\n") + sql);
    Answer a;
    if (!r.ok) {
        a.error = r.error.trimmed();
        return a;
    }
    QStringList lines{r.columns.join(QStringLiteral(" | "))};
    for (int i = 0; i < r.rowCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < r.rows[i].size(); ++c)
            cells << (r.isNull(i, c) ? QStringLiteral("NULL") : r.rows[i][c]);
        lines << cells.join(QStringLiteral(" | "));
    }
    a.whole = lines.join(QLatin1Char('\n'));
    a.shown = lines.mid(0, kShownRows + 1).join(QLatin1Char('\n'));
    if (lines.size() > kShownRows + 1)
        a.shown += QLatin1Char('\n') + OwnQueries::tr("… %n more row(s)", nullptr, int(lines.size() - kShownRows - 1));
    return a;
}
} // namespace

QList<InventoryRow> OwnQueries::compare(const PgClient &source, const QString &sourceDb, const PgClient &target,
                                        const QString &targetDb, const QList<VerifyQuery> &queries)
{
    QList<InventoryRow> rows;
    for (const VerifyQuery &q : queries) {
        auto src = std::async(std::launch::async, [&] { return ask(source, sourceDb, q.sql); });
        const Answer t = ask(target, targetDb, q.sql);
        const Answer s = src.get();
        InventoryRow row{targetDb, QStringLiteral("query"), q.name, s.shown, t.shown, InventoryStatus::Equal, q.sql};
        QStringList errors;
        if (!s.error.isEmpty())
            errors << tr("on the source: %1").arg(s.error);
        if (!t.error.isEmpty())
            errors << tr("on the target: %1").arg(t.error);
        if (!errors.isEmpty()) {
            row.status = InventoryStatus::Differs;
            row.message = tr("%1 — the query failed %2").arg(q.sql, errors.join(QStringLiteral("; ")));
        } else if (s.whole != t.whole) {
            row.status = InventoryStatus::Differs;
            row.message = tr("%1 — the results differ").arg(q.sql);
        }
        rows << row;
    }
    return rows;
}

} // namespace pgcrossing

#include "KeyLocator.h"

#include "ContentFingerprint.h"
#include "postgres/PgClient.h"

#include <QMap>
#include <functional>
#include <future>

namespace pgcrossing {

namespace {
constexpr int kBuckets = 1024;
constexpr int kBucketsPerFetch = 8;

QString keyText(const TableShape &shape)
{
    QStringList cols;
    for (const QString &k : shape.primaryKey)
        cols << QStringLiteral("t.") + PgClient::quoteIdent(k);
    return QStringLiteral("ROW(%1)::text").arg(cols.join(QStringLiteral(", ")));
}

QString bucketExpr(const TableShape &shape)
{
    return QStringLiteral("(hashtextextended(%1, 0) & %2)").arg(keyText(shape)).arg(kBuckets - 1);
}

struct Side {
    const PgClient *pg;
    QString db;
    QString rowHash;
};

// Runs sql(side's row hash) on both sides at once; each side hashes its rows by its own column types.
std::pair<PgResult, PgResult> both(const Side &a, const Side &b, const std::function<QString(const QString &)> &sql)
{
    const QString sa = ContentFingerprint::sessionSql() + sql(a.rowHash), sb = ContentFingerprint::sessionSql() + sql(b.rowHash);
    auto fa = std::async(std::launch::async, [&] { return a.pg->query(a.db, sa); });
    PgResult rb = b.pg->query(b.db, sb);
    return {fa.get(), rb};
}
} // namespace

KeyLocator::Result KeyLocator::locate(const PgClient &source, const QString &sourceDb, const PgClient &target,
                                      const QString &targetDb, const TableShape &shape, const TableShape &targetShape,
                                      const QStringList &columns, bool textMode, int limit)
{
    Result res;
    if (shape.primaryKey.isEmpty()) {
        res.error = tr("cannot locate rows: the table has no primary key");
        res.complete = false;
        return res;
    }
    const Side src{&source, sourceDb, ContentFingerprint::rowHash(shape, columns, textMode)},
        dst{&target, targetDb, ContentFingerprint::rowHash(targetShape, columns, textMode)};
    const QString bucket = bucketExpr(shape);
    const auto [sb, tb] = both(src, dst, [&](const QString &rowHash) {
        return QStringLiteral("SELECT %1 AS b, count(*)::text || ':' || sum(%2)::text FROM ONLY %3 t GROUP BY 1")
            .arg(bucket, rowHash, shape.qualified());
    });
    if (!sb.ok || !tb.ok) {
        res.error = sb.ok ? tb.error : sb.error;
        res.complete = false;
        return res;
    }
    QMap<int, QString> sm, tm;
    for (const auto &row : sb.rows)
        sm.insert(row.value(0).toInt(), row.value(1));
    for (const auto &row : tb.rows)
        tm.insert(row.value(0).toInt(), row.value(1));
    QList<int> differing;
    for (int b = 0; b < kBuckets; ++b)
        if (sm.value(b) != tm.value(b))
            differing << b;

    for (int i = 0; i < differing.size(); i += kBucketsPerFetch) {
        QStringList ids;
        for (int j = i; j < qMin<int>(i + kBucketsPerFetch, differing.size()); ++j)
            ids << QString::number(differing[j]);
        const auto [sr, tr] = both(src, dst, [&](const QString &rowHash) {
            return QStringLiteral("SELECT %1, %2::text FROM ONLY %3 t WHERE %4 IN (%5) ORDER BY 1")
                .arg(keyText(shape), rowHash, shape.qualified(), bucket, ids.join(QLatin1Char(',')));
        });
        if (!sr.ok || !tr.ok) {
            res.error = sr.ok ? tr.error : sr.error;
            res.complete = false;
            return res;
        }
        QMap<QString, QString> s, t;
        for (const auto &row : sr.rows)
            s.insert(row.value(0), row.value(1));
        for (const auto &row : tr.rows)
            t.insert(row.value(0), row.value(1));
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (!t.contains(it.key()))
                res.keys << DifferingKey{it.key(), DifferingKey::Kind::MissingOnTarget};
            else if (t.value(it.key()) != it.value())
                res.keys << DifferingKey{it.key(), DifferingKey::Kind::Changed};
        }
        for (auto it = t.begin(); it != t.end(); ++it)
            if (!s.contains(it.key()))
                res.keys << DifferingKey{it.key(), DifferingKey::Kind::ExtraOnTarget};
        if (res.keys.size() >= limit) {
            res.complete = res.keys.size() == limit && i + kBucketsPerFetch >= differing.size();
            res.keys = res.keys.mid(0, limit);
            break;
        }
    }
    return res;
}

} // namespace pgcrossing

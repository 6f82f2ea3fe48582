#include "DatabaseVerifier.h"

#include "ContentFingerprint.h"
#include "InventorySnapshot.h"
#include "KeyLocator.h"
#include "OwnQueries.h"
#include "StrictHasher.h"
#include "ViewRendering.h"
#include "postgres/PgClient.h"
#include "remote/CancelToken.h"

#include <QSet>
#include <future>

namespace pgcrossing {

DatabaseVerifier::Result DatabaseVerifier::run(const QString &sourceDb, const QString &targetDb, bool textMode,
                                               int maxKeys, const QStringList &strictTables, const QList<VerifyQuery> &queries,
                                               const CancelToken *cancel,
                                               const std::function<void(const QString &)> &status)
{
    Result res;
    res.method = textMode ? QStringLiteral("text-hash") : QStringLiteral("record-hash");
    auto say = [&](const QString &s) { if (status) status(s); };

    say(tr("%1: inventory and table shapes").arg(targetDb));
    auto srcInv = std::async(std::launch::async, [&] { return InventorySnapshot::collect(m_source, sourceDb); });
    QString srcErr, dstErr;
    auto srcShapes = std::async(std::launch::async, [&] { return ContentFingerprint::shapes(m_source, sourceDb, &srcErr); });
    const InventorySnapshot dstInv = InventorySnapshot::collect(m_target, targetDb);
    const auto dstShapes = ContentFingerprint::shapes(m_target, targetDb, &dstErr);
    const InventorySnapshot srcInvV = srcInv.get();
    const auto srcShapesV = srcShapes.get();
    if (!srcErr.isEmpty() || !dstErr.isEmpty() || !srcInvV.error.isEmpty() || !dstInv.error.isEmpty()) {
        res.error = QStringList{srcErr, dstErr, srcInvV.error, dstInv.error}.join(QLatin1Char(' ')).trimmed();
        return res;
    }
    res.inventory = InventorySnapshot::compare(targetDb, srcInvV, dstInv, m_ownerOnTarget);
    if (textMode) // servers of different majors write view definitions differently: the target judges
        ViewRendering::reconcile(m_source, sourceDb, m_target, targetDb, res.inventory);
    for (const InventoryRow &item : res.inventory)
        res.summary.count(item);
    if (cancel && cancel->isCancelled())
        return res;

    // Columns compared: those on both sides, by name; a column on one side only is itself a difference.
    QList<TableShape> srcTables, dstTables;
    QMap<QString, QStringList> columns;
    QMap<QString, QString> shapeNote;
    for (auto it = srcShapesV.begin(); it != srcShapesV.end(); ++it) {
        if (!dstShapes.contains(it.key()))
            continue;
        const TableShape &s = it.value(), &t = dstShapes[it.key()];
        QStringList common, onlyS, onlyT;
        for (const auto &c : s.columns)
            (t.column(c.name) ? common : onlyS) << c.name;
        for (const auto &c : t.columns)
            if (!s.column(c.name))
                onlyT << c.name;
        common.sort();
        columns.insert(it.key(), common);
        srcTables << s;
        dstTables << t;
        QStringList note;
        if (!onlyS.isEmpty())
            note << tr("columns missing on the target: %1").arg(onlyS.join(QStringLiteral(", ")));
        if (!onlyT.isEmpty())
            note << tr("columns only on the target: %1").arg(onlyT.join(QStringLiteral(", ")));
        if (!note.isEmpty())
            shapeNote.insert(it.key(), note.join(QStringLiteral("; ")));
    }
    say(tr("%1: fingerprints of %2 tables on both sides").arg(targetDb).arg(srcTables.size()));
    auto srcFp = std::async(std::launch::async, [&] {
        return ContentFingerprint::compute(m_source, sourceDb, srcTables, columns, textMode);
    });
    const auto dstFp = ContentFingerprint::compute(m_target, targetDb, dstTables, columns, textMode);
    const auto srcFpV = srcFp.get();

    auto row = [&](const TableShape &t, TableStatus status) {
        TableDiff d;
        d.database = targetDb;
        d.schema = t.schema;
        d.table = t.name;
        d.keyColumns = t.primaryKey;
        d.partitionOf = t.partitionOf;
        d.status = status;
        return d;
    };
    // Rows are compared partition by partition: a partition's difference names its partitioned table.
    auto partitionNote = [&](const TableShape &t) { return tr("a partition of %1").arg(t.partitionOf); };
    // A table on one side only: said, with its partitioned table, and counted.
    auto onOneSide = [&](const TableShape &t, TableStatus status, const QString &message) {
        TableDiff d = row(t, status);
        d.message = t.partitionOf.isEmpty() ? message : partitionNote(t) + QStringLiteral("; ") + message;
        res.tables.append(d);
        res.summary.count(d);
    };
    QStringList keys = srcShapesV.keys();
    for (const QString &k : dstShapes.keys())
        if (!srcShapesV.contains(k))
            keys << k;
    keys.sort();
    for (const QString &key : keys) {
        if (cancel && cancel->isCancelled())
            return res;
        if (!dstShapes.contains(key)) {
            onOneSide(srcShapesV[key], TableStatus::MissingOnTarget, tr("the table does not exist on the target"));
            continue;
        }
        if (!srcShapesV.contains(key)) {
            onOneSide(dstShapes[key], TableStatus::ExtraOnTarget, tr("the table exists only on the target"));
            continue;
        }
        const TableShape &shape = srcShapesV[key];
        const auto s = srcFpV.value(key), t = dstFp.value(key);
        TableDiff o = row(shape, TableStatus::Equal);
        o.fingerprinted = true;
        o.sourceRows = s.rows;
        o.targetRows = t.rows;
        o.sourceHash = s.hash;
        o.targetHash = t.hash;
        if (!s.error.isEmpty() || !t.error.isEmpty()) {
            o.status = TableStatus::Error;
            o.message = (s.error + QLatin1Char(' ') + t.error).trimmed();
        } else if (s.rows == t.rows && s.hash == t.hash && !shapeNote.contains(key)) {
            o.status = TableStatus::Equal;
        } else {
            o.status = TableStatus::Differs;
            QStringList msg;
            if (shapeNote.contains(key))
                msg << shapeNote.value(key);
            if (s.rows != t.rows)
                msg << tr("%1 rows on the source, %2 on the target").arg(s.rows).arg(t.rows);
            else if (s.hash != t.hash)
                msg << tr("same row count, different content");
            if (s.hash != t.hash || s.rows != t.rows) {
                say(tr("%1: locating the differing rows of %2").arg(targetDb, key));
                const KeyLocator::Result loc = KeyLocator::locate(m_source, sourceDb, m_target, targetDb, shape,
                                                                  dstShapes[key], columns.value(key), textMode, maxKeys);
                o.keysLocated = true;
                o.differingKeys = loc.keys;
                if (!loc.error.isEmpty())
                    msg << loc.error;
                else if (!loc.complete)
                    msg << tr("first %1 differing keys shown").arg(maxKeys);
            }
            if (!shape.partitionOf.isEmpty())
                msg.prepend(partitionNote(shape));
            o.message = msg.join(QStringLiteral("; "));
        }
        if (strictTables.contains(key) && o.status != TableStatus::Error) {
            say(tr("%1: strict sha256 of %2").arg(targetDb, key));
            auto sh = std::async(std::launch::async, [&] {
                return StrictHasher::hash(m_source, sourceDb, shape, columns.value(key), cancel);
            });
            const StrictHasher::Value th = StrictHasher::hash(m_target, targetDb, dstShapes[key], columns.value(key), cancel);
            const StrictHasher::Value shv = sh.get();
            o.strictChecked = true;
            o.sourceSha256 = shv.sha256;
            o.targetSha256 = th.sha256;
            const QString strictErr = (shv.error + QLatin1Char(' ') + th.error).trimmed();
            QString &msg = o.message;
            if (!strictErr.isEmpty()) {
                msg += (msg.isEmpty() ? QString() : QStringLiteral("; ")) + tr("strict check: %1").arg(strictErr);
            } else if (shv.sha256 != th.sha256 && o.status == TableStatus::Equal) {
                o.status = TableStatus::Differs;
                msg += tr("strict sha256 differs although the fingerprints match");
            } else if (shv.sha256 == th.sha256) {
                msg += (msg.isEmpty() ? QString() : QStringLiteral("; ")) + tr("strict sha256 identical");
            }
        }
        res.tables.append(o);
        res.summary.count(o);
    }
    if (!queries.isEmpty()) {
        say(tr("%1: %n check(s) of your own on both sides", nullptr, int(queries.size())).arg(targetDb));
        for (const InventoryRow &q : OwnQueries::compare(m_source, sourceDb, m_target, targetDb, queries)) {
            res.inventory.append(q);
            res.summary.count(q);
        }
    }
    return res;
}

} // namespace pgcrossing

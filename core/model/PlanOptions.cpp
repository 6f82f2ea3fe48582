#include "PlanOptions.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pgcrossing {

template <>
const CodeTable<PlanOptions::Mode> &codeTable<PlanOptions::Mode>()
{
    using Mode = PlanOptions::Mode;
    static constexpr CodeEntry<Mode> entries[] = {
        {Mode::BackupOnly, "backup", QT_TRANSLATE_NOOP("PlanOptions", "Backup only")},
        {Mode::Copy, "copy", QT_TRANSLATE_NOOP("PlanOptions", "Copy")},
        {Mode::StopWrite, "stop-write", QT_TRANSLATE_NOOP("PlanOptions", "Stop-write (maintenance window)")},
        {Mode::VerifyOnly, "verify", QT_TRANSLATE_NOOP("PlanOptions", "Verify only")},
    };
    static constexpr CodeTable<Mode> table("PlanOptions", entries);
    return table;
}

QString PlanOptions::modeName(Mode m)
{
    return codeOf(m);
}

bool PlanOptions::parseMode(const QString &name, Mode *mode)
{
    const std::optional<Mode> m = fromCode<Mode>(name);
    if (m)
        *mode = *m;
    return m.has_value();
}

QJsonObject PlanOptions::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("mode")] = modeName(mode);
    QJsonArray dbs;
    for (const auto &d : databases)
        dbs.append(QJsonObject{{QStringLiteral("source"), d.source}, {QStringLiteral("target"), d.target}});
    o[QStringLiteral("databases")] = dbs;
    o[QStringLiteral("includeGlobals")] = includeGlobals;
    o[QStringLiteral("transfer")] = transfer == Transfer::Stream ? QStringLiteral("stream") : QStringLiteral("files");
    o[QStringLiteral("replaceExisting")] = replaceExisting;
    o[QStringLiteral("holdWrites")] = holdWrites;
    o[QStringLiteral("exitOnError")] = exitOnError;
    o[QStringLiteral("noOwner")] = noOwner;
    if (!owner.isEmpty())
        o[QStringLiteral("owner")] = owner;
    if (fixTextSearch)
        o[QStringLiteral("fixTextSearch")] = true;
    if (reindex)
        o[QStringLiteral("reindex")] = true;
    if (minTargetMajor > 0)
        o[QStringLiteral("minTargetMajor")] = minTargetMajor;
    if (longTransactionMinutes != 5)
        o[QStringLiteral("longTransactionMinutes")] = longTransactionMinutes;
    o[QStringLiteral("compression")] = compression;
    if (!backupDir.isEmpty())
        o[QStringLiteral("backupDir")] = backupDir;
    if (!dumpDir.isEmpty())
        o[QStringLiteral("dumpDir")] = dumpDir;
    if (backupOnSourceHost)
        o[QStringLiteral("backupOnSourceHost")] = true;
    o[QStringLiteral("verify")] = verify;
    if (!strictTables.isEmpty())
        o[QStringLiteral("strictTables")] = QJsonArray::fromStringList(strictTables);
    o[QStringLiteral("maxDifferingKeys")] = maxDifferingKeys;
    if (!verifyQueries.isEmpty()) {
        QJsonArray queries;
        for (const VerifyQuery &q : verifyQueries)
            queries.append(q.toJson());
        o[QStringLiteral("verifyQueries")] = queries;
    }
    return o;
}

PlanOptions PlanOptions::fromJson(const QJsonObject &o, QString *error)
{
    PlanOptions p;
    const QString mode = o.value(QStringLiteral("mode")).toString(QStringLiteral("copy"));
    if (!parseMode(mode, &p.mode) && error)
        *error = QCoreApplication::translate("PlanOptions", "unknown mode \"%1\" (use backup, copy, stop-write or verify)")
                     .arg(mode);
    for (const auto &v : o.value(QStringLiteral("databases")).toArray()) {
        DatabaseMapping m;
        if (v.isString()) {
            m.source = m.target = v.toString();
        } else {
            m.source = v.toObject().value(QStringLiteral("source")).toString();
            m.target = v.toObject().value(QStringLiteral("target")).toString(m.source);
        }
        if (m.source.isEmpty() && error)
            *error = QCoreApplication::translate("PlanOptions", "a database entry without a source name");
        p.databases << m;
    }
    p.includeGlobals = o.value(QStringLiteral("includeGlobals")).toBool(true);
    const QString transfer = o.value(QStringLiteral("transfer")).toString(QStringLiteral("stream"));
    if (transfer == QLatin1String("files"))
        p.transfer = Transfer::Files;
    else if (transfer != QLatin1String("stream") && error)
        *error = QCoreApplication::translate("PlanOptions", "unknown transfer \"%1\" (use stream or files)").arg(transfer);
    p.replaceExisting = o.value(QStringLiteral("replaceExisting")).toBool(false);
    p.holdWrites = o.value(QStringLiteral("holdWrites")).toBool(false);
    p.exitOnError = o.value(QStringLiteral("exitOnError")).toBool(true);
    p.noOwner = o.value(QStringLiteral("noOwner")).toBool(false);
    p.owner = o.value(QStringLiteral("owner")).toString();
    if (!p.owner.isEmpty())
        p.noOwner = true;
    p.fixTextSearch = o.value(QStringLiteral("fixTextSearch")).toBool(false);
    p.reindex = o.value(QStringLiteral("reindex")).toBool(false);
    p.minTargetMajor = o.value(QStringLiteral("minTargetMajor")).toInt(0);
    p.longTransactionMinutes = qMax(0, o.value(QStringLiteral("longTransactionMinutes")).toInt(5));
    // Plans exported before parallel transfer was withdrawn carry "jobs": 1. More was never carried out.
    if (o.value(QStringLiteral("jobs")).toInt(1) > 1 && error)
        *error = QCoreApplication::translate("PlanOptions", "\"jobs\": %1 — parallel jobs are not available yet; remove the "
                                                            "key (the transfer runs as one job)")
                     .arg(o.value(QStringLiteral("jobs")).toInt());
    p.compression = qBound(0, o.value(QStringLiteral("compression")).toInt(0), 9);
    p.backupDir = o.value(QStringLiteral("backupDir")).toString();
    p.dumpDir = o.value(QStringLiteral("dumpDir")).toString();
    p.backupOnSourceHost = o.value(QStringLiteral("backupOnSourceHost")).toBool(false);
    if (!p.dumpDir.isEmpty() && !p.dumpDir.startsWith(QLatin1Char('/')) && error)
        *error = QCoreApplication::translate("PlanOptions", "dumpDir \"%1\" must be an absolute path on the hosts")
                     .arg(p.dumpDir);
    p.verify = o.value(QStringLiteral("verify")).toBool(true);
    for (const auto &v : o.value(QStringLiteral("strictTables")).toArray())
        p.strictTables << v.toString();
    p.maxDifferingKeys = o.value(QStringLiteral("maxDifferingKeys")).toInt(20);
    for (const auto &v : o.value(QStringLiteral("verifyQueries")).toArray()) {
        const VerifyQuery q = VerifyQuery::fromJson(v.toObject());
        if ((q.name.isEmpty() || q.sql.isEmpty()) && error)
            *error = QCoreApplication::translate("PlanOptions", "each of verifyQueries needs a name and its sql");
        else
            p.verifyQueries << q;
    }
    return p;
}

} // namespace pgcrossing

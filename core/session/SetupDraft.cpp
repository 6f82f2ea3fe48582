#include "SetupDraft.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pgcrossing {

QString SetupDraft::pathFor(const QString &sessionsRoot)
{
    return QDir(sessionsRoot).filePath(QStringLiteral("draft.json"));
}

bool SetupDraft::save(const QString &path, QString *error) const
{
    QJsonObject o = plan.toJson();
    o[QStringLiteral("draft")] = QJsonObject{{QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
                                             {QStringLiteral("demo"), demo}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        *error = tr("Cannot write the draft %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool SetupDraft::load(const QString &path, SetupDraft *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the draft %1: %2").arg(path, f.errorString());
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QString e;
    SetupDraft d;
    d.plan = PlanFile::fromJson(o, &e);
    if (!e.isEmpty()) {
        *error = tr("The draft %1 cannot be used: %2").arg(path, e);
        return false;
    }
    const QJsonObject meta = o.value(QStringLiteral("draft")).toObject();
    d.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    d.demo = meta.value(QStringLiteral("demo")).toBool();
    *out = d;
    return true;
}

bool SetupDraft::remove(const QString &path)
{
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace pgcrossing

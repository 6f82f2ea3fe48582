#include "PlanFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace pgcrossing {

QJsonObject PlanFile::toJson() const
{
    return {{QStringLiteral("source"), source.toJson()},
            {QStringLiteral("target"), target.toJson()},
            {QStringLiteral("options"), options.toJson()}};
}

PlanFile PlanFile::fromJson(const QJsonObject &o, QString *error)
{
    PlanFile p;
    QString e;
    p.source = Endpoint::fromJson(o.value(QStringLiteral("source")).toObject(), &e);
    if (e.isEmpty())
        p.target = Endpoint::fromJson(o.value(QStringLiteral("target")).toObject(), &e);
    if (e.isEmpty())
        p.options = PlanOptions::fromJson(o.value(QStringLiteral("options")).toObject(), &e);
    p.source.role = QStringLiteral("source");
    p.target.role = QStringLiteral("target");
    if (error)
        *error = e;
    return p;
}

bool PlanFile::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(toJson()).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("PlanFile", "cannot write the plan %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool PlanFile::load(const QString &path, PlanFile *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PlanFile", "cannot read the plan %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("PlanFile", "the plan %1 is not valid JSON: %2 (at byte %3)")
                     .arg(path, pe.errorString())
                     .arg(pe.offset);
        return false;
    }
    QString e;
    *out = fromJson(doc.object(), &e);
    if (!e.isEmpty()) {
        *error = QCoreApplication::translate("PlanFile", "the plan %1: %2").arg(path, e);
        return false;
    }
    return true;
}

} // namespace pgcrossing

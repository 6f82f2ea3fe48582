#include "ReportRenderer.h"

#include "HtmlReport.h"
#include "MarkdownReport.h"
#include "ReportBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace pgcrossing {

QString ReportRenderer::toMarkdown(const QJsonObject &record, const QString &recordPath)
{
    return MarkdownReport::render(ReportBuilder::build(record, recordPath));
}

QString ReportRenderer::toHtml(const QJsonObject &record, const QString &recordPath)
{
    return HtmlReport::render(ReportBuilder::build(record, recordPath));
}

bool ReportRenderer::write(const QJsonObject &record, const QString &basePath, QStringList *written, QString *error)
{
    QString base = basePath;
    for (const char *ext : {".json", ".html", ".md"}) {
        if (base.endsWith(QLatin1String(ext))) {
            base.chop(qsizetype(qstrlen(ext)));
            break;
        }
    }
    if (base.isEmpty() || QFileInfo(base).fileName().isEmpty()) {
        if (error)
            *error = tr("No file name given for the report (\u201c%1\u201d).").arg(basePath);
        return false;
    }
    const QFileInfo info(base);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    const QString jsonPath = info.absoluteFilePath() + QStringLiteral(".json");
    const QList<QPair<QString, QByteArray>> files{
        {jsonPath, QJsonDocument(record).toJson(QJsonDocument::Indented)},
        {info.absoluteFilePath() + QStringLiteral(".html"), toHtml(record, jsonPath).toUtf8()},
        {info.absoluteFilePath() + QStringLiteral(".md"), toMarkdown(record, jsonPath).toUtf8()},
    };
    for (const auto &f : files) {
        QSaveFile out(f.first);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.second) != f.second.size() || !out.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(f.first, out.errorString());
            return false;
        }
        if (written)
            *written << f.first;
    }
    return true;
}

} // namespace pgcrossing

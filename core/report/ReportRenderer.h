#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pgcrossing {

// The one entry point for session reports: renders a session record's JSON (SessionRecord::toJson, the
// truth) as Markdown or as a self-contained HTML page, and writes the record together with both
// renderings next to each other, so that what a DBA reads and what a tool re-reads never disagree.
class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    // recordPath: where the JSON record is (or will be) saved; the rollback section's revert command
    // names it. Empty: a placeholder is printed instead.
    static QString toMarkdown(const QJsonObject &record, const QString &recordPath = QString());
    static QString toHtml(const QJsonObject &record, const QString &recordPath = QString());

    // Writes basePath.json, basePath.html and basePath.md (each atomically, through QSaveFile),
    // creating the folder if needed. A trailing .json/.html/.md on basePath is ignored. Lists every file
    // written in *written; on failure returns false with a reason in *error.
    static bool write(const QJsonObject &record, const QString &basePath, QStringList *written = nullptr,
                      QString *error = nullptr);
};

} // namespace pgcrossing

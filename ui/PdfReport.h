#pragma once
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QString>

class QTextDocument;

namespace pgcrossing {

// The session report as a PDF one files: the ReportDocument in RichTextReport's HTML, laid out by
// QTextDocument at the body size of an A4 page and painted page by page, each with the session id and
// "page N of M" in its margin, the contents with page numbers, headings and captions never left alone
// at a page's foot, tables' header rows repeated on each page, and fonts that fall back to Noto Sans CJK
// for Chinese text. The charts (verification at a glance) are drawn here as images.
class PdfReport {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    static bool write(const ReportDocument &report, const QString &sessionId, const QString &path, QString *error);

    // The report's charts drawn for doc (RichTextReport::chartResource names), at devicePixelRatio.
    static void provideCharts(QTextDocument *doc, const ReportDocument &report, qreal devicePixelRatio);
    // One chart block drawn: stacked bars with the counts in words under each (the Verify page shows it too).
    static QImage chartImage(const ReportBlock &chart, qreal devicePixelRatio);
    // The report's text font: Latin, then CJK (Noto Sans CJK) for what the first has no glyph for.
    static QFont bodyFont(qreal pointSize);
};

} // namespace pgcrossing

#include "PdfReport.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pgcrossing::PdfReport {

bool write(const QString &html, const QString &path, QString *error)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(144);
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(QStringLiteral("pgcrossing session report"));
    pdf.setCreator(QStringLiteral("pgcrossing"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&pdf);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace pgcrossing::PdfReport

#pragma once
#include <QString>

namespace pgcrossing {

// The session report as a PDF: the same HTML the core renders (ReportRenderer), laid out on A4 pages
// through QTextDocument and QPdfWriter.
namespace PdfReport {
bool write(const QString &html, const QString &path, QString *error);
}

} // namespace pgcrossing

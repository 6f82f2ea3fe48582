#pragma once
#include "ReportDocument.h"

#include <QMap>
#include <QString>

namespace pgcrossing {

// Renders a ReportDocument in the HTML subset Qt's QTextDocument lays out (the Report page's view and the
// PDF): sizes in points, tables with a <thead> (repeated on every page), column widths from their content
// so that no word is cut in a column too narrow for it, banners as tinted boxes, code wrapped at the page
// width. Charts are images the caller draws and adds to the QTextDocument under chartResource(n).
class RichTextReport {
public:
    // sectionPages: the page of each section (by anchor) for a printed table of contents; empty gives
    // links instead (a screen).
    static QString render(const ReportDocument &doc, const QMap<QString, int> &sectionPages = {});

    // The resource name of the document's n-th chart (0-based, in reading order): "pgx-chart:n".
    static QString chartResource(int n);
    // The size in CSS pixels (96 per inch) the chart is shown at; its image may have more pixels.
    static int chartWidth();
    static int chartHeight(const ReportBlock &chart);
};

} // namespace pgcrossing

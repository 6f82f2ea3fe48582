#pragma once
#include "ReportDocument.h"

#include <QString>

namespace pgcrossing {

// Renders a ReportDocument as one self-contained HTML page: inline CSS, no script, no external
// resource, so that it opens the same on a DBA's laptop, in a mail attachment or in an archive years
// later. Every piece of text is escaped with QString::toHtmlEscaped; tones add colour next to the words
// and icons the builder already wrote, and print in black and white without losing meaning.
class HtmlReport {
public:
    static QString render(const ReportDocument &doc);
};

} // namespace pgcrossing

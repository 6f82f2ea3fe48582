#pragma once
#include "ReportDocument.h"

#include <QString>

namespace pgcrossing {

// Renders a ReportDocument as GitHub-flavoured Markdown that reads well as plain text too. Every piece
// of text from the record is escaped for where it lands: names, commands and SQL go into code spans or
// fenced blocks whose fences outgrow any backticks inside; `|` is escaped in table cells; multi-line
// literals and long blocks that a table cell cannot hold follow the table as numbered notes.
class MarkdownReport {
public:
    static QString render(const ReportDocument &doc);

    // Plain words: Markdown punctuation escaped, so that nothing in a message becomes markup.
    static QString escapeText(const QString &text, bool inTable);
    // One literal as an inline code span, exact when rendered (fence longer than any backtick run).
    static QString codeSpan(const QString &text, bool inTable);
    // A fenced block that no line of the text can close early.
    static QString fencedBlock(const QString &text, const QString &language);
};

} // namespace pgcrossing

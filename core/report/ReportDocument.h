#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace pgcrossing {

// How a cell, a paragraph or a banner should stand out. A renderer may add colour, but the builder
// always puts a word or an icon in the text as well: the tone is never the only signal.
enum class ReportTone { None, Ok, Warning, Bad, Error, Info, Muted };

// A run of inline text in the one style it needs: plain words, a literal (name, path, command, SQL,
// checksum) or an emphasised word.
struct ReportSpan {
    enum class Style { Text, Code, Strong };
    Style style = Style::Text;
    QString text;

    static ReportSpan plain(const QString &text) { return {Style::Text, text}; }
    static ReportSpan code(const QString &text) { return {Style::Code, text}; }
    static ReportSpan strong(const QString &text) { return {Style::Strong, text}; }
};
using ReportLine = QList<ReportSpan>;

// One table cell: inline text, plus an optional preformatted block that belongs to it (a remedy, a
// stderr tail), shown inside the cell in HTML and after the table in Markdown.
struct ReportCell {
    ReportLine line;
    ReportTone tone = ReportTone::None;
    bool numeric = false;
    QString hint;             // HTML tooltip (a full checksum behind a shortened one)
    QString block;
    QString blockLabel;       // what the block is ("stderr", "Remedy")
    bool collapsed = false;   // HTML: the block sits in a closed <details>
};
using ReportRow = QList<ReportCell>;

// One part of a bar in a chart: how many things share one state ("12 identical"), in that state's tone.
struct ReportBarSegment {
    QString word;
    int count = 0;
    ReportTone tone = ReportTone::None;
};

// One bar of a chart: what is counted ("Tables") and its parts, in the order they are drawn.
struct ReportBar {
    QString label;
    QList<ReportBarSegment> segments;
    int total() const
    {
        int n = 0;
        for (const auto &s : segments)
            n += s.count;
        return n;
    }
    // Its counts in words, "12 Identical · 1 Different" ("none" when empty): what every rendering of the
    // bar says beside or for it. The picture never says more than this.
    QString words() const;
};

// The strong colour of a tone, "#1f8a4c": bars and box edges in every rendering (HTML, rich text, PDF).
QString toneColour(ReportTone tone);

// One block of the report, in reading order.
struct ReportBlock {
    enum class Kind { Heading, Paragraph, Banner, List, Table, Code, Chart };
    Kind kind = Kind::Paragraph;
    int level = 2;                 // Heading
    QString anchor;                // Heading: stable id for links within the HTML page
    ReportLine line;               // Heading, Paragraph, Banner; Code: its caption
    ReportTone tone = ReportTone::None;
    QList<ReportLine> items;       // List
    QStringList columns;           // Table
    QList<ReportRow> rows;         // Table
    QString code;                  // Code
    QString language;              // Code: "sql", "sh", "text"
    bool collapsed = false;        // Code: HTML shows it in a closed <details> under its caption
    QList<ReportBar> bars;         // Chart: one stacked bar each (line: what the chart shows, in words)
};

// The report as a format-neutral list of blocks. ReportBuilder decides what is said and in which
// order, once; MarkdownReport and HtmlReport only decide how it looks, so both formats always carry
// the same content.
class ReportDocument {
public:
    QString title;
    QString language = QStringLiteral("en");   // HTML lang attribute
    QList<ReportBlock> blocks;

    void heading(int level, const ReportLine &line, const QString &anchor = QString());
    void paragraph(const ReportLine &line, ReportTone tone = ReportTone::None);
    void banner(const ReportLine &line, ReportTone tone);
    void list(const QList<ReportLine> &items);
    void table(const QStringList &columns, const QList<ReportRow> &rows);
    void code(const QString &text, const QString &language, const ReportLine &caption = ReportLine(),
              ReportTone tone = ReportTone::None, bool collapsed = false);
    void chart(const QList<ReportBar> &bars, const ReportLine &caption);

    // The level-2 headings with an anchor, in order: the table of contents every renderer shows.
    QList<const ReportBlock *> sections() const;

    // Splits a translated sentence on %1…%9 and puts the given spans in their places, so that a
    // sentence stays whole for translators while its names keep their own style.
    static ReportLine compose(const QString &pattern, const QList<ReportSpan> &args);
    static QString plainText(const ReportLine &line);
    // Plain text for HTML: escaped, its line breaks kept as <br>.
    static QString htmlText(const QString &text);
};

} // namespace pgcrossing

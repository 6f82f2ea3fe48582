#include "RichTextReport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtMath>

namespace pgcrossing {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

// Light tint for a cell or a box, and the strong colour for its edge and its words.
QString tint(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Ok: return QStringLiteral("#e7f5ec");
    case ReportTone::Warning: return QStringLiteral("#fff4de");
    case ReportTone::Bad: return QStringLiteral("#fde8e8");
    case ReportTone::Error: return QStringLiteral("#f1e8fd");
    case ReportTone::Info: return QStringLiteral("#e8f0fe");
    case ReportTone::Muted: return QStringLiteral("#f1f1f1");
    case ReportTone::None: break;
    }
    return QString();
}

QString ink(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Ok: return QStringLiteral("#14532d");
    case ReportTone::Warning: return QStringLiteral("#7a4a00");
    case ReportTone::Bad: return QStringLiteral("#8f1414");
    case ReportTone::Error: return QStringLiteral("#5b2196");
    case ReportTone::Info: return QStringLiteral("#173f8a");
    case ReportTone::Muted: return QStringLiteral("#555555");
    case ReportTone::None: break;
    }
    return QStringLiteral("#1d1f23");
}

const QString kMono = QStringLiteral("font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace;");

QString lineHtml(const ReportLine &line)
{
    QString out;
    for (const auto &span : line) {
        switch (span.style) {
        case ReportSpan::Style::Text: out += ReportDocument::htmlText(span.text); break;
        case ReportSpan::Style::Code:
            out += QStringLiteral("<span style=\"%1 font-size: 8pt; background-color: #f1f2f4;\">%2</span>")
                       .arg(kMono, esc(span.text));
            break;
        case ReportSpan::Style::Strong: out += QStringLiteral("<b>") + ReportDocument::htmlText(span.text) + QStringLiteral("</b>"); break;
        }
    }
    return out;
}

QString preHtml(const QString &code, const QString &size, ReportTone tone)
{
    QString body = code;
    body.remove(QLatin1Char('\r'));
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    const QString bg = tone == ReportTone::None ? QStringLiteral("#f6f8fa") : tint(tone);
    return QStringLiteral("<pre style=\"%1 font-size: %2; white-space: pre-wrap; background-color: %3; color: #1d1f23; "
                          "margin-top: 1pt; margin-bottom: 5pt; margin-left: 6pt;\">%4</pre>\n")
        .arg(kMono, size, bg, esc(body));
}

// How wide a column must be (its longest unbreakable word) and would like to be (its usual text), in
// characters; literals count wider, being set in a monospace font.
struct ColumnNeed {
    double least = 1;
    double usual = 1;
};

QList<ColumnNeed> columnNeeds(const ReportBlock &b)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const int n = int(b.columns.size());
    QList<ColumnNeed> needs(n);
    QList<double> total(n, 0.0);
    for (int c = 0; c < n; ++c)
        for (const QString &word : b.columns.at(c).split(space, Qt::SkipEmptyParts))
            needs[c].least = qMax(needs[c].least, double(word.size()) * 1.25);   // bold
    for (const auto &row : b.rows) {
        for (int c = 0; c < n && c < row.size(); ++c) {
            double length = 0;
            for (const auto &span : row.at(c).line) {
                const double factor = span.style == ReportSpan::Style::Code ? 1.2 : 1.1;
                length += span.text.size() * factor;
                for (const QString &word : span.text.split(space, Qt::SkipEmptyParts))
                    needs[c].least = qMax(needs[c].least, qMin(double(word.size()) * factor, 34.0));
            }
            total[c] += length;
        }
    }
    for (int c = 0; c < n; ++c)
        needs[c].usual = b.rows.isEmpty() ? needs[c].least : total[c] / double(b.rows.size());
    // A column that holds a block (a remedy, a stderr tail) needs room for it, however few rows have one.
    for (const auto &row : b.rows)
        for (int c = 0; c < n && c < row.size(); ++c)
            if (!row.at(c).block.isEmpty())
                needs[c].usual = qMax(needs[c].usual, 40.0);
    return needs;
}

// Percentages: every column gets its longest word, the rest of the width goes where the text is.
QList<int> columnPercents(const ReportBlock &b)
{
    const QList<ColumnNeed> needs = columnNeeds(b);
    const double lineChars = 92.0;   // about what an A4 body holds at the table's size (DejaVu Sans is wide)
    const double padding = 2.0;
    double least = 0, extra = 0;
    for (const auto &need : needs) {
        least += need.least + padding;
        extra += qMax(0.0, qMin(need.usual, 70.0) - need.least);
    }
    const double spare = qMax(0.0, lineChars - least);
    QList<double> chars;
    double sum = 0;
    for (const auto &need : needs) {
        const double want = qMax(0.0, qMin(need.usual, 70.0) - need.least);
        chars << need.least + padding + (extra > 0 ? spare * want / extra : spare / double(needs.size()));
        sum += chars.last();
    }
    QList<int> out;
    for (const double c : chars)
        out << qMax(3, qRound(100.0 * c / sum));
    return out;
}

QString tableHtml(const ReportBlock &b)
{
    const QList<int> widths = columnPercents(b);
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                 "style=\"border-collapse: collapse; border-color: #c8ccd2; border-style: solid; "
                                 "margin-top: 3pt; margin-bottom: 8pt; font-size: 8.5pt;\">\n<thead><tr>");
    for (int c = 0; c < b.columns.size(); ++c)
        out += QStringLiteral("<th width=\"%1%\" align=\"left\" bgcolor=\"#eef0f3\">%2</th>").arg(widths.value(c, 10)).arg(esc(b.columns.at(c)));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const auto &row : b.rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < b.columns.size(); ++c) {
            if (c >= row.size()) {
                out += QStringLiteral("<td></td>");
                continue;
            }
            const ReportCell &cell = row.at(c);
            QString attrs;
            if (cell.numeric)
                attrs += QStringLiteral(" align=\"right\"");
            if (!tint(cell.tone).isEmpty())
                attrs += QStringLiteral(" bgcolor=\"%1\" style=\"color: %2;\"").arg(tint(cell.tone), ink(cell.tone));
            QString content = lineHtml(cell.line);
            if (!cell.block.isEmpty()) {
                if (!cell.blockLabel.isEmpty() && cell.collapsed)
                    content += QStringLiteral("<br><i>%1</i>").arg(esc(cell.blockLabel));
                content += preHtml(cell.block, QStringLiteral("7.5pt"), ReportTone::None);
            }
            out += QStringLiteral("<td valign=\"top\"%1>%2</td>").arg(attrs, content);
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");
    return out;
}

// A tinted box with a coloured edge: a table of two cells, which QTextDocument paints and paginates.
QString boxHtml(const QString &content, ReportTone tone)
{
    const QString bg = tint(tone).isEmpty() ? QStringLiteral("#f3f4f6") : tint(tone);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"0\" "
                          "style=\"margin-top: 4pt; margin-bottom: 6pt;\"><tr>"
                          "<td width=\"1%\" bgcolor=\"%1\"></td><td bgcolor=\"%2\" style=\"color: %3;\">%4</td></tr></table>\n")
        .arg(toneColour(tone), bg, ink(tone), content);
}

} // namespace

QString RichTextReport::chartResource(int n) { return QStringLiteral("pgx-chart:%1").arg(n); }

int RichTextReport::chartWidth() { return 620; }

int RichTextReport::chartHeight(const ReportBlock &chart) { return qMax(1, int(chart.bars.size())) * 44 + 6; }

QString RichTextReport::render(const ReportDocument &doc, const QMap<QString, int> &sectionPages)
{
    QString body;
    bool titleDone = false;
    int charts = 0;
    for (const auto &b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const int level = qBound(1, b.level, 6);
            const QString size = level == 1 ? QStringLiteral("17pt") : level == 2 ? QStringLiteral("13pt") : QStringLiteral("10.5pt");
            const QString top = level == 1 ? QStringLiteral("0") : level == 2 ? QStringLiteral("14pt") : QStringLiteral("9pt");
            const QString anchor = b.anchor.isEmpty() ? QString() : QStringLiteral("<a name=\"%1\"></a>").arg(esc(b.anchor));
            body += QStringLiteral("<h%1 style=\"font-size: %2; margin-top: %3; margin-bottom: 4pt; color: %4;\">%5%6</h%1>\n")
                        .arg(level)
                        .arg(size, top, level == 2 ? QStringLiteral("#1a3f7a") : QStringLiteral("#1d1f23"), anchor, lineHtml(b.line));
            if (level == 1 && !titleDone) {
                body += QStringLiteral("<!--toc-->");
                titleDone = true;
            }
            break;
        }
        case ReportBlock::Kind::Paragraph:
            if (tint(b.tone).isEmpty())
                body += QStringLiteral("<p style=\"margin-top: 3pt; margin-bottom: 3pt;\">%1</p>\n").arg(lineHtml(b.line));
            else
                body += QStringLiteral("<p style=\"margin-top: 3pt; margin-bottom: 3pt; color: %1;\">"
                                       "<span style=\"background-color: %2;\">%3</span></p>\n")
                            .arg(ink(b.tone), tint(b.tone), lineHtml(b.line));
            break;
        case ReportBlock::Kind::Banner: body += boxHtml(lineHtml(b.line), b.tone); break;
        case ReportBlock::Kind::List:
            body += QStringLiteral("<ul style=\"margin-top: 2pt; margin-bottom: 4pt;\">\n");
            for (const auto &item : b.items)
                body += QStringLiteral("<li>%1</li>\n").arg(lineHtml(item));
            body += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::Code: {
            const bool small = b.collapsed || b.language == QLatin1String("text");
            if (!b.line.isEmpty())
                body += QStringLiteral("<p style=\"margin-top: %1; margin-bottom: 0; font-size: %2; color: %3;\">%4</p>\n")
                            .arg(b.collapsed ? QStringLiteral("0") : QStringLiteral("6pt"), small ? QStringLiteral("7.5pt") : QStringLiteral("8pt"),
                                 ink(b.tone), lineHtml(b.line));
            body += preHtml(b.code, small ? QStringLiteral("7pt") : QStringLiteral("7.5pt"), b.tone == ReportTone::Bad ? b.tone : ReportTone::None);
            break;
        }
        case ReportBlock::Kind::Table: body += tableHtml(b); break;
        case ReportBlock::Kind::Chart: {
            QStringList words;
            for (const auto &bar : b.bars)
                words << bar.label + QStringLiteral(": ") + bar.words();
            body += QStringLiteral("<p style=\"margin-top: 6pt; margin-bottom: 2pt;\"><b>%1</b></p>\n").arg(lineHtml(b.line));
            body += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 6pt;\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
                        .arg(chartResource(charts++))
                        .arg(chartWidth())
                        .arg(chartHeight(b))
                        .arg(esc(words.join(QStringLiteral("; "))));
            break;
        }
        }
    }

    // Contents: the sections with their pages on paper, as links on a screen.
    QString toc;
    const QList<const ReportBlock *> sections = doc.sections();
    if (!sections.isEmpty()) {
        toc = QStringLiteral("<p style=\"margin-top: 8pt; margin-bottom: 2pt;\"><b>%1</b></p>\n")
                  .arg(esc(QCoreApplication::translate("Report", "Contents")));
        if (sectionPages.isEmpty()) {
            QStringList links;
            for (const ReportBlock *s : sections)
                links << QStringLiteral("<a href=\"#%1\">%2</a>").arg(esc(s->anchor), esc(ReportDocument::plainText(s->line)));
            toc += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 8pt;\">%1</p>\n")
                       .arg(links.join(QStringLiteral(" <span style=\"color: #999999;\">\u00B7</span> ")));
        } else {
            // Two columns of "name …… page", so that the contents take a few lines, not half a page.
            const int half = int((sections.size() + 1) / 2);
            toc += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" border=\"0\" "
                                  "style=\"margin-bottom: 8pt; font-size: 9pt;\">\n");
            for (int r = 0; r < half; ++r) {
                toc += QStringLiteral("<tr>");
                for (int col = 0; col < 2; ++col) {
                    const int i = r + col * half;
                    if (i >= sections.size()) {
                        toc += QStringLiteral("<td width=\"40%\"></td><td width=\"8%\"></td>");
                        continue;
                    }
                    const ReportBlock *s = sections.at(i);
                    toc += QStringLiteral("<td width=\"40%\">%1</td><td width=\"8%\" align=\"right\" style=\"color: #555555;\">%2</td>")
                               .arg(esc(ReportDocument::plainText(s->line)))
                               .arg(sectionPages.value(s->anchor));
                    if (col == 0)
                        toc += QStringLiteral("<td width=\"4%\"></td>");
                }
                toc += QStringLiteral("</tr>\n");
            }
            toc += QStringLiteral("</table>\n");
        }
    }
    body.replace(QStringLiteral("<!--toc-->"), toc);
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body style=\"font-size: 9.5pt; color: #1d1f23;\">\n%2</body></html>\n")
        .arg(esc(doc.title), body);
}

} // namespace pgcrossing

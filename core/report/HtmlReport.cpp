#include "HtmlReport.h"

#include <QCoreApplication>

namespace pgcrossing {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString toneClass(ReportTone tone)
{
    switch (tone) {
    case ReportTone::None: return QString();
    case ReportTone::Ok: return QStringLiteral("ok");
    case ReportTone::Warning: return QStringLiteral("warn");
    case ReportTone::Bad: return QStringLiteral("bad");
    case ReportTone::Error: return QStringLiteral("error");
    case ReportTone::Info: return QStringLiteral("info");
    case ReportTone::Muted: return QStringLiteral("muted");
    }
    return QString();
}

QString lineHtml(const ReportLine &line)
{
    QString out;
    for (const auto &span : line) {
        switch (span.style) {
        case ReportSpan::Style::Text: out += ReportDocument::htmlText(span.text); break;
        case ReportSpan::Style::Code: out += QStringLiteral("<code>") + esc(span.text) + QStringLiteral("</code>"); break;
        case ReportSpan::Style::Strong: out += QStringLiteral("<strong>") + ReportDocument::htmlText(span.text) + QStringLiteral("</strong>"); break;
        }
    }
    return out;
}

// Stacked horizontal bars as inline SVG: no script, no external resource.
QString chartSvg(const ReportBlock &b)
{
    const int labelWidth = 150, barWidth = 520, rowHeight = 46, width = labelWidth + barWidth + 10;
    const int height = int(b.bars.size()) * rowHeight + 4;
    QStringList alt;
    for (const auto &bar : b.bars)
        alt << bar.label + QStringLiteral(": ") + bar.words();
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                 "role=\"img\" aria-label=\"%3\">\n")
                      .arg(width)
                      .arg(height)
                      .arg(esc(alt.join(QStringLiteral("; "))));
    int y = 2;
    for (const auto &bar : b.bars) {
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"13\" font-weight=\"600\" fill=\"#1d1f23\">%2</text>\n")
                   .arg(y + 14)
                   .arg(esc(bar.label));
        const int total = bar.total();
        double x = labelWidth;
        if (total == 0)
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"#e5e7eb\"/>\n")
                       .arg(labelWidth)
                       .arg(y)
                       .arg(barWidth);
        for (const auto &seg : bar.segments) {
            const double w = total > 0 ? double(barWidth) * seg.count / total : 0.0;
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"%4\"><title>%5</title></rect>\n")
                       .arg(QString::number(x, 'f', 1))
                       .arg(y)
                       .arg(QString::number(qMax(w, 2.0), 'f', 1), toneColour(seg.tone),
                            esc(QStringLiteral("%1 %2").arg(seg.count).arg(seg.word)));
            x += w;
        }
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" fill=\"#444\">%3</text>\n")
                   .arg(labelWidth)
                   .arg(y + 36)
                   .arg(esc(bar.words()));
        y += rowHeight;
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

QString classAttr(const QStringList &classes)
{
    QStringList c;
    for (const auto &x : classes)
        if (!x.isEmpty())
            c << x;
    return c.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(c.join(QLatin1Char(' ')));
}

const char *const kStyle = R"CSS(
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       color: #1d1f23; background: #fff; margin: 0; }
main { max-width: 1280px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 24px; margin: 0 0 12px; }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #d8dbe0; }
h3 { font-size: 15px; margin: 20px 0 8px; }
p { margin: 8px 0; }
nav { font-size: 13px; margin: 8px 0 16px; padding: 6px 10px; color: #555; background: #f6f8fa;
      border: 1px solid #d8dbe0; border-radius: 4px; line-height: 1.9; }
nav .toc { font-weight: 600; margin-right: 6px; }
nav a { color: #1a4fa1; text-decoration: none; white-space: nowrap; }
nav a:hover { text-decoration: underline; }
nav .sep { color: #999; padding: 0 6px; }
figure.chart { margin: 8px 0 14px; }
figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
figure.chart svg { max-width: 100%; height: auto; }
code, pre { font: 12.5px/1.4 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; }
code { background: #f3f4f6; border-radius: 3px; padding: 0 3px; white-space: pre-wrap; word-break: break-all; }
pre { background: #f6f8fa; border: 1px solid #d8dbe0; border-radius: 4px; padding: 8px 10px; margin: 6px 0 12px;
      white-space: pre-wrap; word-break: break-all; user-select: all; }
td pre { margin: 4px 0 0; user-select: text; }
.caption { margin-bottom: 2px; }
table { border-collapse: collapse; margin: 8px 0 12px; width: 100%; }
th, td { border: 1px solid #d8dbe0; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ul { margin: 6px 0 10px; padding-left: 22px; }
details summary { cursor: pointer; color: #1a4fa1; }
.banner { border-left: 5px solid #8a8f98; background: #f3f4f6; padding: 8px 12px; margin: 8px 0; border-radius: 3px; }
.ok { background: #e7f5ec; color: #14532d; }
.warn { background: #fff4de; color: #7a4a00; }
.bad { background: #fde8e8; color: #8f1414; }
.error { background: #f1e8fd; color: #5b2196; }
.info { background: #e8f0fe; color: #173f8a; }
.muted { background: #f1f1f1; color: #555; }
.banner.ok { border-left-color: #1f8a4c; } .banner.warn { border-left-color: #d48a00; }
.banner.bad { border-left-color: #c81e1e; } .banner.error { border-left-color: #7c3aed; }
.banner.info { border-left-color: #2f6fde; } .banner.muted { border-left-color: #999; }
p.ok, p.warn, p.bad, p.error, p.info, p.muted { padding: 2px 6px; border-radius: 3px; display: inline-block; }
@media print {
  main { max-width: none; padding: 0; }
  nav { display: none; }
  .ok, .warn, .bad, .error, .info, .muted { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; } tr { break-inside: avoid; }
}
)CSS";

} // namespace

QString HtmlReport::render(const ReportDocument &doc)
{
    QString body;
    QString nav;
    bool titleDone = false;
    for (const auto &b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const int level = qBound(1, b.level, 6);
            const QString id = b.anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(b.anchor));
            body += QStringLiteral("<h%1%2>%3</h%1>\n").arg(level).arg(id, lineHtml(b.line));
            if (level == 2 && !b.anchor.isEmpty()) {
                if (!nav.isEmpty())
                    nav += QStringLiteral("<span class=\"sep\" aria-hidden=\"true\"> \u00B7 </span>");
                nav += QStringLiteral("<a href=\"#%1\">%2</a>").arg(esc(b.anchor), esc(ReportDocument::plainText(b.line)));
            }
            if (level == 1 && !titleDone) {
                body += QStringLiteral("<!--nav-->");
                titleDone = true;
            }
            break;
        }
        case ReportBlock::Kind::Paragraph:
            body += QStringLiteral("<p%1>%2</p>\n").arg(classAttr({toneClass(b.tone)}), lineHtml(b.line));
            break;
        case ReportBlock::Kind::Banner:
            body += QStringLiteral("<div%1 role=\"note\">%2</div>\n")
                        .arg(classAttr({QStringLiteral("banner"), toneClass(b.tone)}), lineHtml(b.line));
            break;
        case ReportBlock::Kind::List:
            body += QStringLiteral("<ul>\n");
            for (const auto &item : b.items)
                body += QStringLiteral("<li>%1</li>\n").arg(lineHtml(item));
            body += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::Code:
            if (b.collapsed) {
                const QString label = b.line.isEmpty() ? QCoreApplication::translate("Report", "More details") : lineHtml(b.line);
                body += QStringLiteral("<details><summary>%1</summary><pre>%2</pre></details>\n").arg(label, esc(b.code));
                break;
            }
            if (!b.line.isEmpty())
                body += QStringLiteral("<p%1>%2</p>\n").arg(classAttr({QStringLiteral("caption"), toneClass(b.tone)}), lineHtml(b.line));
            body += QStringLiteral("<pre%1>%2</pre>\n")
                        .arg(b.language.isEmpty() ? QString() : QStringLiteral(" data-lang=\"%1\"").arg(esc(b.language)),
                             esc(b.code));
            break;
        case ReportBlock::Kind::Chart:
            body += QStringLiteral("<figure class=\"chart\">\n<figcaption>%1</figcaption>\n%2\n</figure>\n")
                        .arg(lineHtml(b.line), chartSvg(b));
            break;
        case ReportBlock::Kind::Table: {
            body += QStringLiteral("<table>\n<thead><tr>");
            for (const auto &c : b.columns)
                body += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(c));
            body += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const auto &row : b.rows) {
                body += QStringLiteral("<tr>");
                for (int c = 0; c < b.columns.size(); ++c) {
                    if (c >= row.size()) {
                        body += QStringLiteral("<td></td>");
                        continue;
                    }
                    const ReportCell &cell = row.at(c);
                    QString attrs = classAttr({toneClass(cell.tone), cell.numeric ? QStringLiteral("num") : QString()});
                    if (!cell.hint.isEmpty())
                        attrs += QStringLiteral(" title=\"%1\"").arg(esc(cell.hint));
                    QString content = lineHtml(cell.line);
                    if (!cell.block.isEmpty()) {
                        const QString pre = QStringLiteral("<pre>%1</pre>").arg(esc(cell.block));
                        if (cell.collapsed) {
                            const QString label = cell.blockLabel.isEmpty()
                                                      ? QCoreApplication::translate("Report", "More details")
                                                      : cell.blockLabel;
                            content += QStringLiteral("<details><summary>%1</summary>%2</details>").arg(esc(label), pre);
                        } else {
                            content += pre;
                        }
                    }
                    body += QStringLiteral("<td%1>%2</td>").arg(attrs, content);
                }
                body += QStringLiteral("</tr>\n");
            }
            body += QStringLiteral("</tbody>\n</table>\n");
            break;
        }
        }
    }
    body.replace(QStringLiteral("<!--nav-->"),
                 nav.isEmpty() ? QString()
                               : QStringLiteral("\n<nav aria-label=\"%1\"><span class=\"toc\">%2</span> %3</nav>\n")
                                     .arg(esc(QCoreApplication::translate("Report", "Contents")),
                                          esc(QCoreApplication::translate("Report", "Contents:")), nav));

    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(esc(doc.language));
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<meta name=\"generator\" content=\"pgcrossing\">\n");
    html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n")
                .arg(esc(doc.title), QString::fromLatin1(kStyle));
    html += body;
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

} // namespace pgcrossing

#include "MarkdownReport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgcrossing {

namespace {

int longestRun(const QString &text, QChar c)
{
    int best = 0, run = 0;
    for (const QChar x : text) {
        run = x == c ? run + 1 : 0;
        best = qMax(best, run);
    }
    return best;
}

// A line that would start a block construct (heading, quote, list, rule, fence) is defused by
// escaping its first significant character.
QString defuseLineStart(const QString &line)
{
    static const QRegularExpression blockStart(QStringLiteral("^(\\s{0,3})([#>+=~-]|\\d{1,9}[.)](\\s|$))"));
    const auto m = blockStart.match(line);
    if (!m.hasMatch())
        return line;
    const qsizetype at = m.capturedLength(1);
    if (line.at(at).isDigit()) {
        const qsizetype dot = m.capturedEnd(2) - (m.captured(3).isEmpty() ? 1 : 2);
        return line.left(dot) + QLatin1Char('\\') + line.mid(dot);
    }
    return line.left(at) + QLatin1Char('\\') + line.mid(at);
}

bool isWordChar(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && s.at(i).isLetterOrNumber();
}

// Literals a GFM table cell cannot hold exactly: line breaks, and a backslash before a pipe (the table
// splitter would take the pipe as a column border whatever we do).
bool fitsInCell(const QString &code)
{
    return !code.contains(QLatin1Char('\n')) && !code.contains(QLatin1Char('\r')) &&
           !code.contains(QStringLiteral("\\|"));
}

QString renderLine(const ReportLine &line, bool inTable)
{
    QString out;
    for (const auto &span : line) {
        switch (span.style) {
        case ReportSpan::Style::Text: out += MarkdownReport::escapeText(span.text, inTable); break;
        case ReportSpan::Style::Code: out += MarkdownReport::codeSpan(span.text, inTable); break;
        case ReportSpan::Style::Strong:
            if (!span.text.trimmed().isEmpty())
                out += QStringLiteral("**") + MarkdownReport::escapeText(span.text.trimmed(), inTable) +
                       QStringLiteral("**");
            break;
        }
    }
    return out;
}

// Inline text outside tables: each line defused, line breaks kept as hard breaks, no blank line
// (which would end the paragraph or the list item).
QString renderFlow(const ReportLine &line, const QString &indent)
{
    QStringList lines = renderLine(line, false).split(QLatin1Char('\n'));
    QStringList kept;
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty())
            continue;
        kept << defuseLineStart(l);
    }
    return kept.join(QStringLiteral("  \n") + indent);
}

// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
QString slug(const QString &heading)
{
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('-');
    }
    return out;
}

// A bar in characters: a fill per tone, so the picture survives plain text and black-and-white print.
QChar fillOf(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Ok: return QChar(0x2588);       // █
    case ReportTone::Bad: return QChar(0x2593);      // ▓
    case ReportTone::Warning: return QChar(0x2592);  // ▒
    case ReportTone::Error: return QChar(0x2591);    // ░
    case ReportTone::None:
    case ReportTone::Info:
    case ReportTone::Muted: break;
    }
    return QLatin1Char('=');
}

QString chartText(const ReportBlock &b)
{
    const int width = 40;
    int labelWidth = 0;
    for (const auto &bar : b.bars)
        labelWidth = qMax(labelWidth, int(bar.label.size()));
    QString out;
    for (const auto &bar : b.bars) {
        const int total = bar.total();
        QString cells;
        QStringList words;
        int used = 0;
        for (int i = 0; i < bar.segments.size(); ++i) {
            const auto &seg = bar.segments.at(i);
            int n = total > 0 ? qMax(1, qRound(double(width) * seg.count / total)) : 0;
            if (i == bar.segments.size() - 1)
                n = qMax(1, width - used);
            n = qMin(n, width - used);
            cells += QString(n, fillOf(seg.tone));
            used += n;
            words << QStringLiteral("%1 %2 %3").arg(fillOf(seg.tone)).arg(seg.count).arg(seg.word);
        }
        cells += QString(width - used, QChar(0x00B7));
        out += bar.label.leftJustified(labelWidth + 2) + QLatin1Char('|') + cells + QStringLiteral("|  ") +
               (words.isEmpty() ? QCoreApplication::translate("Report", "none") : words.join(QStringLiteral("  "))) +
               QLatin1Char('\n');
    }
    return out;
}

struct Note {
    int number;
    QString label;
    QString text;
    QString language;
};

} // namespace

QString MarkdownReport::escapeText(const QString &text, bool inTable)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\': case '`': case '*': case '[': case ']': case '<': case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '_':
            if (!(isWordChar(text, i - 1) && isWordChar(text, i + 1)))
                out += QLatin1Char('\\');
            out += c;
            break;
        case '&':
            // Only where it could start an entity reference.
            if (i + 1 < text.size() && (text.at(i + 1).isLetterOrNumber() || text.at(i + 1) == QLatin1Char('#')))
                out += QLatin1Char('\\');
            out += c;
            break;
        case '|':
            if (inTable)
                out += QLatin1Char('\\');
            out += c;
            break;
        case '\r':
            break;
        case '\n':
            out += inTable ? QStringLiteral("<br>") : QStringLiteral("\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString MarkdownReport::codeSpan(const QString &text, bool inTable)
{
    if (text.isEmpty())
        return QString();
    QString body = text;
    body.replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('\r'));
    const QString fence(longestRun(body, QLatin1Char('`')) + 1, QLatin1Char('`'));
    // CommonMark strips one space from each end when both are spaces; pad so that what is stripped
    // is ours, and so that a backtick at an end does not merge with the fence.
    const bool pad = body.startsWith(QLatin1Char('`')) || body.endsWith(QLatin1Char('`')) ||
                     body.startsWith(QLatin1Char(' ')) || body.endsWith(QLatin1Char(' '));
    if (pad)
        body = QLatin1Char(' ') + body + QLatin1Char(' ');
    if (inTable)
        body.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return fence + body + fence;
}

QString MarkdownReport::fencedBlock(const QString &text, const QString &language)
{
    const QString fence(qMax(3, longestRun(text, QLatin1Char('`')) + 1), QLatin1Char('`'));
    QString body = text;
    body.remove(QLatin1Char('\r'));
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + language + QLatin1Char('\n') + body + fence + QLatin1Char('\n');
}

QString MarkdownReport::render(const ReportDocument &doc)
{
    QString out;
    int noteNumber = 0;
    bool titleDone = false;
    for (const auto &b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            QString text = renderLine(b.line, false);
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (text.endsWith(QLatin1Char('#')))
                text.insert(text.size() - 1, QLatin1Char('\\'));
            out += QString(qBound(1, b.level, 6), QLatin1Char('#')) + QLatin1Char(' ') + text + QStringLiteral("\n\n");
            if (b.level == 1 && !titleDone) {
                // The contents under the title, one link per section, separated.
                QStringList links;
                for (const ReportBlock *section : doc.sections()) {
                    const QString name = ReportDocument::plainText(section->line);
                    links << QStringLiteral("[%1](#%2)").arg(escapeText(name, false), slug(name));
                }
                if (!links.isEmpty())
                    out += QStringLiteral("**") + escapeText(QCoreApplication::translate("Report", "Contents:"), false) +
                           QStringLiteral("** ") + links.join(QStringLiteral(" \u00B7 ")) + QStringLiteral("\n\n");
                titleDone = true;
            }
            break;
        }
        case ReportBlock::Kind::Chart:
            if (!b.line.isEmpty())
                out += QStringLiteral("**") + renderLine(b.line, false).trimmed() + QStringLiteral("**\n\n");
            out += fencedBlock(chartText(b), QStringLiteral("text")) + QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Paragraph:
            out += renderFlow(b.line, QString()) + QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Banner:
            out += QStringLiteral("> ") + renderFlow(b.line, QStringLiteral("> ")) + QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::List:
            for (const auto &item : b.items)
                out += QStringLiteral("- ") + renderFlow(item, QStringLiteral("  ")) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Code:
            if (!b.line.isEmpty())
                out += renderFlow(b.line, QString()) + QStringLiteral("\n\n");
            out += fencedBlock(b.code, b.language) + QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Table: {
            const int n = int(b.columns.size());
            if (n == 0)
                break;
            QList<bool> numeric(n, false);
            for (const auto &row : b.rows)
                for (int c = 0; c < n && c < row.size(); ++c)
                    numeric[c] = numeric[c] || row.at(c).numeric;
            QStringList head, rule;
            for (int c = 0; c < n; ++c) {
                head << escapeText(b.columns.at(c), true);
                rule << (numeric[c] ? QStringLiteral("--:") : QStringLiteral("---"));
            }
            out += QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            out += QLatin1Char('|') + rule.join(QLatin1Char('|')) + QStringLiteral("|\n");
            QList<Note> notes;
            for (const auto &row : b.rows) {
                QStringList cells;
                for (int c = 0; c < n; ++c) {
                    if (c >= row.size()) {
                        cells << QString();
                        continue;
                    }
                    const ReportCell &cell = row.at(c);
                    ReportLine line;
                    for (const auto &span : cell.line) {
                        if (span.style == ReportSpan::Style::Code && !fitsInCell(span.text)) {
                            notes << Note{++noteNumber, b.columns.at(c), span.text, QStringLiteral("text")};
                            line << ReportSpan::plain(QCoreApplication::translate("Report", "(see note %1 below)").arg(noteNumber));
                        } else {
                            line << span;
                        }
                    }
                    QString text = renderLine(line, true);
                    if (!cell.block.isEmpty()) {
                        const bool inlineFits = !cell.collapsed && cell.block.size() <= 120 && fitsInCell(cell.block);
                        const QString sep = text.isEmpty() ? QString() : QStringLiteral("<br>");
                        if (inlineFits) {
                            text += sep + codeSpan(cell.block, true);
                        } else {
                            const QString label = cell.blockLabel.isEmpty() ? b.columns.at(c) : cell.blockLabel;
                            notes << Note{++noteNumber, label, cell.block, QStringLiteral("text")};
                            text += sep + escapeText(QCoreApplication::translate("Report", "%1: see note %2 below").arg(label, QString::number(noteNumber)), true);
                        }
                    }
                    cells << text;
                }
                out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            }
            out += QLatin1Char('\n');
            for (const auto &note : notes) {
                out += QStringLiteral("**") +
                       QCoreApplication::translate("Report", "Note %1").arg(note.number) + QStringLiteral("** \u2014 ") +
                       escapeText(note.label, false) + QStringLiteral(":\n\n");
                out += fencedBlock(note.text, note.language) + QLatin1Char('\n');
            }
            break;
        }
        }
    }
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

} // namespace pgcrossing

#include "ReportDocument.h"

#include <QCoreApplication>

namespace pgcrossing {

void ReportDocument::heading(int level, const ReportLine &line, const QString &anchor)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.level = level;
    b.line = line;
    b.anchor = anchor;
    blocks << b;
}

void ReportDocument::paragraph(const ReportLine &line, ReportTone tone)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.line = line;
    b.tone = tone;
    blocks << b;
}

void ReportDocument::banner(const ReportLine &line, ReportTone tone)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Banner;
    b.line = line;
    b.tone = tone;
    blocks << b;
}

void ReportDocument::list(const QList<ReportLine> &items)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::List;
    b.items = items;
    blocks << b;
}

void ReportDocument::table(const QStringList &columns, const QList<ReportRow> &rows)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.columns = columns;
    b.rows = rows;
    blocks << b;
}

void ReportDocument::code(const QString &text, const QString &language, const ReportLine &caption, ReportTone tone,
                          bool collapsed)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Code;
    b.code = text;
    b.language = language;
    b.line = caption;
    b.tone = tone;
    b.collapsed = collapsed;
    blocks << b;
}

void ReportDocument::chart(const QList<ReportBar> &bars, const ReportLine &caption)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.bars = bars;
    b.line = caption;
    blocks << b;
}

QList<const ReportBlock *> ReportDocument::sections() const
{
    QList<const ReportBlock *> out;
    for (const auto &b : blocks)
        if (b.kind == ReportBlock::Kind::Heading && b.level == 2 && !b.anchor.isEmpty())
            out << &b;
    return out;
}

ReportLine ReportDocument::compose(const QString &pattern, const QList<ReportSpan> &args)
{
    ReportLine out;
    QString pending;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1') &&
            pattern.at(i + 1) <= QLatin1Char('9')) {
            const int n = pattern.at(i + 1).digitValue() - 1;
            if (n < args.size()) {
                if (!pending.isEmpty())
                    out << ReportSpan::plain(pending);
                pending.clear();
                out << args.at(n);
                ++i;
                continue;
            }
        }
        pending += c;
    }
    if (!pending.isEmpty())
        out << ReportSpan::plain(pending);
    return out;
}

QString ReportDocument::plainText(const ReportLine &line)
{
    QString s;
    for (const auto &span : line)
        s += span.text;
    return s;
}

QString ReportDocument::htmlText(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.remove(QLatin1Char('\r'));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString ReportBar::words() const
{
    QStringList parts;
    for (const auto &s : segments)
        parts << QStringLiteral("%1 %2").arg(s.count).arg(s.word);
    return parts.isEmpty() ? QCoreApplication::translate("Report", "none") : parts.join(QStringLiteral(" \u00B7 "));
}

QString toneColour(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Ok: return QStringLiteral("#1f8a4c");
    case ReportTone::Warning: return QStringLiteral("#d48a00");
    case ReportTone::Bad: return QStringLiteral("#c81e1e");
    case ReportTone::Error: return QStringLiteral("#7c3aed");
    case ReportTone::Info: return QStringLiteral("#2f6fde");
    case ReportTone::None:
    case ReportTone::Muted: break;
    }
    return QStringLiteral("#8a8f98");
}

} // namespace pgcrossing

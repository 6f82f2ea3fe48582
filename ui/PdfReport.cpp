#include "PdfReport.h"

#include "report/RichTextReport.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace pgcrossing {

// Stacked horizontal bars, one per ReportBar, with the counts in words under each: the same picture as
// the HTML's inline SVG, which QTextDocument cannot show.
QImage PdfReport::chartImage(const ReportBlock &chart, qreal dpr)
{
    const int width = RichTextReport::chartWidth(), height = RichTextReport::chartHeight(chart);
    QImage image(qCeil(width * dpr), qCeil(height * dpr), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const int labelWidth = 140, barWidth = width - labelWidth - 6;
    QFont bold = PdfReport::bodyFont(9);
    bold.setPixelSize(13);
    bold.setBold(true);
    QFont small = PdfReport::bodyFont(9);
    small.setPixelSize(12);
    int y = 3;
    for (const auto &bar : chart.bars) {
        p.setFont(bold);
        p.setPen(QColor(0x1d, 0x1f, 0x23));
        p.drawText(QRectF(0, y, labelWidth - 8, 18), Qt::AlignLeft | Qt::AlignVCenter, bar.label);
        const int total = bar.total();
        qreal x = labelWidth;
        if (total == 0)
            p.fillRect(QRectF(labelWidth, y, barWidth, 18), QColor(0xe5, 0xe7, 0xeb));
        for (const auto &seg : bar.segments) {
            const qreal w = total > 0 ? qMax(2.0, qreal(barWidth) * seg.count / total) : 0;
            p.fillRect(QRectF(x, y, w, 18), QColor(toneColour(seg.tone)));
            x += w;
        }
        p.setPen(QColor(0x44, 0x44, 0x44));
        p.setFont(small);
        p.drawText(QRectF(labelWidth, y + 21, barWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, bar.words());
        y += 44;
    }
    return image;
}

namespace {

// The headings and captions (a line just before a code block) that sit too near a page's foot go to the
// next page with what they introduce. Returns whether any moved.
bool keepWithNext(QTextDocument &doc, qreal pageHeight, qreal room)
{
    bool moved = false;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const bool heading = b.blockFormat().headingLevel() > 0;
        bool caption = false;
        if (!heading && b.next().isValid() && !b.text().isEmpty()) {
            const QTextBlock n = b.next();
            const QString family = n.begin().atEnd() ? QString() : n.begin().fragment().charFormat().font().family();
            caption = family.contains(QLatin1String("Mono")) && !b.begin().atEnd() &&
                      !b.begin().fragment().charFormat().font().family().contains(QLatin1String("Mono"));
        }
        if (!heading && !caption)
            continue;
        if (QTextCursor(b).currentFrame() != doc.rootFrame())
            continue;   // inside a table: the table paginates itself

        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF r = layout->blockBoundingRect(b);
        if (r.isNull())
            continue;
        const int page = int(r.top() / pageHeight);
        const qreal below = (page + 1) * pageHeight - r.bottom();
        const qreal need = heading ? room : room / 2;
        if (below < need && r.top() - page * pageHeight > room) {
            QTextBlockFormat f = b.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b).setBlockFormat(f);
            moved = true;
        }
    }
    return moved;
}

// The page (1-based) of each section anchor in the laid-out document.
QMap<QString, int> sectionPages(QTextDocument &doc, qreal pageHeight)
{
    QMap<QString, int> pages;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2)
            continue;
        for (auto it = b.begin(); !it.atEnd(); ++it)
            for (const QString &name : it.fragment().charFormat().anchorNames())
                pages.insert(name, int(layout->blockBoundingRect(b).top() / pageHeight) + 1);
    }
    return pages;
}

} // namespace

QFont PdfReport::bodyFont(qreal pointSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    // No ligatures in Latin text: "Different" copied or searched from the PDF stays "Different", not "Diﬀerent".
    f.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    f.setPointSizeF(pointSize);
    return f;
}

void PdfReport::provideCharts(QTextDocument *doc, const ReportDocument &report, qreal devicePixelRatio)
{
    QList<QImage> images;
    for (const auto &b : report.blocks)
        if (b.kind == ReportBlock::Kind::Chart)
            images << chartImage(b, devicePixelRatio);
    doc->setResourceProvider([images](const QUrl &url) -> QVariant {
        for (int i = 0; i < images.size(); ++i)
            if (url.toString() == RichTextReport::chartResource(i))
                return images.at(i);
        return QVariant();
    });
}

bool PdfReport::write(const ReportDocument &report, const QString &sessionId, const QString &path, QString *error)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    pdf.setTitle(report.title);
    pdf.setCreator(QStringLiteral("pgcrossing"));
    const qreal mm = pdf.resolution() / 25.4;
    const QRectF page(0, 0, pdf.width(), pdf.height());
    // The body between a header band (session, title) and a footer band (session, page N of M).
    const QRectF body(16 * mm, 18 * mm, page.width() - 32 * mm, page.height() - 36 * mm);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(bodyFont(9.5));
    doc.setPageSize(body.size());
    provideCharts(&doc, report, 4.0);

    // Lay out, move lone headings, learn each section's page, and again with those pages in the
    // contents (the same width of text: the pages rarely move; twice more at most if they do).
    const qreal room = 3.5 * QFontMetricsF(bodyFont(9.5), &pdf).lineSpacing();
    QMap<QString, int> pages;
    for (int pass = 0; pass < 3; ++pass) {
        QMap<QString, int> shown = pages;
        if (shown.isEmpty())
            for (const ReportBlock *s : report.sections())
                shown.insert(s->anchor, 88);
        doc.setHtml(RichTextReport::render(report, shown));
        // documentSize() finishes the layout: pageCount() alone counts only what is laid out so far.
        doc.documentLayout()->documentSize();
        for (int i = 0; i < 2 && keepWithNext(doc, body.height(), room); ++i) {
        }
        doc.documentLayout()->documentSize();
        const QMap<QString, int> found = sectionPages(doc, body.height());
        if (found == pages)
            break;
        pages = found;
    }

    QPainter p;
    if (!p.begin(&pdf)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    doc.documentLayout()->documentSize();
    const int count = doc.pageCount();
    QFont marginFont = bodyFont(7.5);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            pdf.newPage();
        p.save();
        p.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
        ctx.palette.setColor(QPalette::Text, QColor(0x1d, 0x1f, 0x23));
        p.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&p, ctx);
        p.restore();

        p.setFont(marginFont);
        p.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF header(body.left(), 8 * mm, body.width(), 6 * mm);
        const QRectF footer(body.left(), page.height() - 14 * mm, body.width(), 6 * mm);
        p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, report.title.section(QStringLiteral(" \u00B7 "), 0, 0));
        p.drawText(header, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("pgcrossing"));
        p.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), 0.25 * mm));
        p.drawLine(QPointF(body.left(), 15 * mm), QPointF(body.right(), 15 * mm));
        p.drawLine(QPointF(body.left(), page.height() - 15 * mm), QPointF(body.right(), page.height() - 15 * mm));
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("session %1 \u00B7 page %2 of %3").arg(sessionId).arg(i + 1).arg(count));
    }
    p.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace pgcrossing

#include "WrappingDelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>
#include <QWidget>

namespace pgcrossing {

WrappingDelegate::WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    // One relayout for a burst of resizes (a stretched last column is resized with the window).
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, [view] { view->doItemsLayout(); });
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    // A row spanning all columns (a group's title) wraps at the view's width.
    int width = m_view->isFirstColumnSpanned(index.row(), index.parent()) ? m_view->viewport()->width()
                                                                          : m_view->header()->sectionSize(index.column());
    if (m_view->header()->visualIndex(index.column()) == 0) {
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    }
    opt.rect = QRect(0, 0, qMax(1, width), QWIDGETSIZE_MAX); // the height is what is measured
    opt.features |= QStyleOptionViewItem::WrapText;
    QSize size = QStyledItemDelegate::sizeHint(opt, index);
    size.rheight() += 4; // wrapped rows apart from each other
    return size;
}

} // namespace pgcrossing

#pragma once
#include <QStyledItemDelegate>

class QTreeView;

namespace pgcrossing {

// Rows as tall as their wrapped text: QTreeView asks a delegate for a row's height without the column's
// width, so word wrap alone paints cut text. This delegate measures each cell at its column's width (less
// the tree's indentation in the tree column) and lays the view out again when a column is resized.
class WrappingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView *view);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace pgcrossing

#pragma once
#include <QStyledItemDelegate>

namespace pgcrossing {

// A step's own progress bar in its row: the percent in ValueRole (0–100) drawn as a bar with the row's
// text on it; a row without a percent (pending, failed, cancelled) shows its text only.
class StepProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole + 1;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pgcrossing

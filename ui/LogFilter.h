#pragma once
#include <QSortFilterProxyModel>

namespace pgcrossing {

// What the log shows: lines at or above a level (errors only, warnings, commands, everything) that
// contain the search text.
class LogFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { Everything, Commands, Problems, Errors };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShow(Show show);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    Show m_show = Show::Everything;
    QString m_search;
};

} // namespace pgcrossing

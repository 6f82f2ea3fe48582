#pragma once
#include <QSortFilterProxyModel>

namespace pgcrossing {

// What the log shows: lines at or above a level (errors only, warnings, commands, everything) of one
// step or of all, that contain the search text. emptyText() says why nothing shows when nothing does.
class LogFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { Everything, Commands, Problems, Errors };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShow(Show show);
    void setSearch(const QString &text);
    void setStep(int step);             // LogModel::StepRole; -1: every step
    Show show() const { return m_show; }
    int step() const { return m_step; }
    // What to say over an empty view: "No errors", "No warnings or errors", "No lines match this filter";
    // empty while lines show or when the log itself is empty and nothing filters it.
    QString emptyText() const;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    Show m_show = Show::Everything;
    QString m_search;
    int m_step = -1;
};

} // namespace pgcrossing

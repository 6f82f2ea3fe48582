#include "LogFilter.h"

#include "LogModel.h"
#include "migration/StepContext.h"

namespace pgcrossing {

void LogFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void LogFilter::setSearch(const QString &text)
{
    m_search = text;
    invalidateFilter();
}

bool LogFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    const auto level = StepContext::Level(i.data(LogModel::LevelRole).toInt());
    switch (m_show) {
    case Show::Everything: break;
    case Show::Commands:
        if (level == StepContext::Level::Output)
            return false;
        break;
    case Show::Problems:
        if (level != StepContext::Level::Warning && level != StepContext::Level::Error)
            return false;
        break;
    case Show::Errors:
        if (level != StepContext::Level::Error)
            return false;
        break;
    }
    return m_search.isEmpty() || i.data().toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace pgcrossing

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

void LogFilter::setStep(int step)
{
    m_step = step;
    invalidateFilter();
}

QString LogFilter::emptyText() const
{
    if (rowCount() > 0 || !sourceModel())
        return {};
    const bool filtered = m_show != Show::Everything || m_step >= 0 || !m_search.isEmpty();
    if (!filtered)
        return {};
    if (m_search.isEmpty() && m_show == Show::Errors)
        return tr("No errors");
    if (m_search.isEmpty() && m_show == Show::Problems)
        return tr("No warnings or errors");
    if (m_search.isEmpty() && m_show == Show::Everything)
        return tr("This step has written nothing to the log");
    return tr("No lines match this filter");
}

bool LogFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (m_step >= 0 && i.data(LogModel::StepRole).toInt() != m_step)
        return false;
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

#include "StepContext.h"

#include <QMutexLocker>

namespace pgcrossing {

void StepContext::update(const std::function<void(SessionRecord &)> &change)
{
    {
        QMutexLocker lock(&m_mutex);
        change(m_record);
    }
    if (onRecordChanged)
        onRecordChanged();
}

void StepContext::note(const std::function<void(SessionRecord &)> &change)
{
    QMutexLocker lock(&m_mutex);
    change(m_record);
}

SessionRecord StepContext::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_record;
}

void StepContext::setRecord(const SessionRecord &record)
{
    QMutexLocker lock(&m_mutex);
    m_record = record;
}

} // namespace pgcrossing

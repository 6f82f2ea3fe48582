#include "StepContext.h"

namespace pgcrossing {

StepContext::StepContext(SessionContext &session_, CancelToken &cancel_, Progress progress, Log log, Transferred transferred)
    : session(session_), source(session_.source), target(session_.target), cancel(&cancel_),
      m_progress(std::move(progress)), m_log(std::move(log)), m_transferred(std::move(transferred))
{
    if (m_log)
        m_subscription = session.subscribe(m_log);
}

StepContext::~StepContext()
{
    if (m_subscription)
        session.unsubscribe(m_subscription);
}

void StepContext::update(const std::function<void(SessionRecord &)> &change) const
{
    QString error;
    if (!session.update(change, &error))
        log(Level::Error, error);
}

} // namespace pgcrossing

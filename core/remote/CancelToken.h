#pragma once
#include <atomic>

namespace pgcrossing {

// A flag that the UI or CLI thread sets and every read loop on a worker thread checks.
class CancelToken {
public:
    void cancel() { m_cancelled.store(true); }
    void reset() { m_cancelled.store(false); }
    bool isCancelled() const { return m_cancelled.load(); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace pgcrossing

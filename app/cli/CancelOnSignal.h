#pragma once
#include "remote/CancelToken.h"

#include <csignal>

namespace pgcrossing {

// While it lives, Ctrl-C (SIGINT) and SIGTERM set the given cancel flag instead of killing the process, so
// the run stops its commands on their hosts, puts the source back and saves its record (exit 5). Setting
// an atomic flag is all a signal handler may safely do.
class CancelOnSignal {
public:
    explicit CancelOnSignal(CancelToken &token)
    {
        s_token = &token;
        std::signal(SIGINT, handler);
        std::signal(SIGTERM, handler);
    }
    ~CancelOnSignal()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        s_token = nullptr;
    }
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    static void handler(int)
    {
        if (CancelToken *t = s_token)
            t->cancel();
    }
    static inline CancelToken *volatile s_token = nullptr;
};

} // namespace pgcrossing

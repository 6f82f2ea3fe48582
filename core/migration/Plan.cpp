#include "Plan.h"

namespace pgcrossing {

bool Plan::touchesSource() const
{
    for (const auto &s : steps)
        if (s->touchesSource())
            return true;
    return false;
}

bool Plan::touchesTarget() const
{
    for (const auto &s : steps)
        if (s->touchesTarget())
            return true;
    return false;
}

} // namespace pgcrossing

#pragma once
#include "Step.h"

#include <QList>
#include <memory>

namespace pgcrossing {

// The ordered steps of one session, plus the steps that put things back when it does not succeed
// (release the write hold on the source). Built by PlanBuilder from the user's options.
struct Plan {
    QList<std::shared_ptr<Step>> steps;
    QList<std::shared_ptr<Step>> onFailure;

    bool touchesSource() const;
    bool touchesTarget() const;
};

} // namespace pgcrossing

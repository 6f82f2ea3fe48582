#pragma once
#include "StepResult.h"

#include <QString>

namespace pgcrossing {

class StepContext;

// One action of a plan (Calamares' Job): runs synchronously on the Runner's worker thread, checks the
// cancel flag in every loop, and returns a StepResult. It says up front whether it touches the source or
// the target, so the user sees that before anything runs.
class Step {
public:
    virtual ~Step() = default;
    virtual QString id() const = 0;          // stable across resume
    virtual QString title() const = 0;       // human words
    virtual double weight() const { return 1.0; }
    virtual bool touchesSource() const { return false; }
    virtual bool touchesTarget() const { return false; }
    // What the step established holds only while the run that did it goes on (writes held — released when a
    // run fails or is cancelled —, nobody writing): a resumed run does it again rather than trusting an
    // earlier run's "done".
    virtual bool redoneOnResume() const { return false; }
    virtual StepResult run(StepContext &ctx) = 0;
};

} // namespace pgcrossing

#pragma once
#include <QCoreApplication>
#include <QString>

namespace pgcrossing {

struct PlanOptions;
struct WizardState;

// What the plan for these options will touch: its steps as a numbered list, one a line, each saying
// whether it changes the source or writes the target; then per side which steps touch it, and for a
// stop-write who stops the writes (the user, or pgcrossing's hold). The Mode page shows it while the user chooses; the Preflight page
// repeats it above the confirmation that runs the plan.
class PlanSummary {
    Q_DECLARE_TR_FUNCTIONS(PlanSummary)
public:
    static QString html(const WizardState &state, const PlanOptions &options);
};

} // namespace pgcrossing

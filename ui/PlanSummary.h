#pragma once
#include <QCoreApplication>
#include <QString>

namespace pgcrossing {

struct PlanOptions;
struct WizardState;

// What the plan for these options will touch, in one paragraph: its steps, which of them change the
// source, which write the target. The Mode page shows it while the user chooses; the Preflight page
// repeats it above the confirmation that runs the plan.
class PlanSummary {
    Q_DECLARE_TR_FUNCTIONS(PlanSummary)
public:
    static QString html(const WizardState &state, const PlanOptions &options);
};

} // namespace pgcrossing

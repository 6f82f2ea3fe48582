#pragma once
#include "migration/Step.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>

namespace pgcrossing {

// Proves the copy: inventory of both sides and, per table, row count and content fingerprint computed
// on both servers at once; differing tables get their differing keys located. The result goes into
// the session record; any difference fails the step (and the session), with the tables named.
class VerifyStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(VerifyStep)

public:
    explicit VerifyStep(PlanOptions options) : m_options(std::move(options)) {}
    QString id() const override { return QStringLiteral("verify"); }
    QString title() const override { return tr("Verify: compare every table on both sides"); }
    double weight() const override { return 3.0; }
    StepResult run(StepContext &ctx) override;

private:
    PlanOptions m_options;
};

} // namespace pgcrossing

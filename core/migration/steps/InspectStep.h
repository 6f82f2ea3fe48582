#pragma once
#include "migration/Step.h"

#include <QCoreApplication>

namespace pgcrossing {

// Reads and records the facts of both sides before anything changes: server versions and the client
// tools' versions on each host. Touches nothing.
class InspectStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(InspectStep)

public:
    QString id() const override { return QStringLiteral("inspect"); }
    QString title() const override { return tr("Inspect source and target servers"); }
    double weight() const override { return 0.2; }
    StepResult run(StepContext &ctx) override;
};

} // namespace pgcrossing

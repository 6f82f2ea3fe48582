#pragma once
#include "migration/Step.h"

#include <QCoreApplication>

namespace pgcrossing {

class PgClient;
class SessionRecord;

// Undoes every recorded, not yet reverted change on the source (the write hold), marking each one
// reverted in the record. Runs automatically when a stop-write session fails or is cancelled, and on
// `pgcrossing-cli revert`.
class ReleaseHoldsStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(ReleaseHoldsStep)

public:
    QString id() const override { return QStringLiteral("release-holds"); }
    QString title() const override { return tr("Undo the changes made on the source"); }
    bool touchesSource() const override { return true; }
    StepResult run(StepContext &ctx) override;
};

} // namespace pgcrossing

#pragma once
#include "migration/Step.h"

#include <QCoreApplication>
#include <QStringList>

namespace pgcrossing {

// Stop-write with "hold writes" chosen: makes each source database read-only for new sessions
// (ALTER DATABASE … SET default_transaction_read_only = on) and ends the other sessions on it. Each
// change is recorded with the SQL that undoes it before it is made; ReleaseHoldsStep and
// `pgcrossing-cli revert` undo them. Touches the source, by the user's explicit choice.
class HoldWritesStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(HoldWritesStep)

public:
    explicit HoldWritesStep(QStringList databases) : m_databases(std::move(databases)) {}
    QString id() const override { return QStringLiteral("hold-writes"); }
    QString title() const override { return tr("Hold writes on the source (read-only)"); }
    double weight() const override { return 0.1; }
    bool touchesSource() const override { return true; }
    bool redoneOnResume() const override { return true; }
    StepResult run(StepContext &ctx) override;

private:
    QStringList m_databases;
};

} // namespace pgcrossing

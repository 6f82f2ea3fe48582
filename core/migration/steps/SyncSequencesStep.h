#pragma once
#include "migration/Step.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>

namespace pgcrossing {

// After the data: every sequence on the target continues where the source's stopped (seed 004's FAQ:
// ids restarting at 1). Compares last_value on both sides and setval()s any that differ.
class SyncSequencesStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(SyncSequencesStep)

public:
    explicit SyncSequencesStep(DatabaseMapping db) : m_db(std::move(db)) {}
    QString id() const override { return QStringLiteral("sync-sequences:") + m_db.source; }
    QString title() const override { return tr("Check sequences of %1").arg(m_db.target); }
    double weight() const override { return 0.2; }
    bool touchesTarget() const override { return true; }
    StepResult run(StepContext &ctx) override;

private:
    DatabaseMapping m_db;
};

} // namespace pgcrossing

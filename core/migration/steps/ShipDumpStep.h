#pragma once
#include "migration/Step.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>

namespace pgcrossing {

// File transfer, part 2: copies the dump from the source host to the same path on the target host
// through this machine (like `scp -3`, no intermediate file here), then proves it arrived whole: the
// sha256 taken on the target host must equal the one taken on the source host.
class ShipDumpStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(ShipDumpStep)

public:
    ShipDumpStep(DatabaseMapping db, PlanOptions options) : m_db(std::move(db)), m_options(std::move(options)) {}
    QString id() const override { return QStringLiteral("ship-dump:") + m_db.source; }
    QString title() const override { return tr("Copy the dump of %1 to the target host").arg(m_db.source); }
    double weight() const override { return 3.0; }
    bool touchesTarget() const override { return true; }
    StepResult run(StepContext &ctx) override;

private:
    DatabaseMapping m_db;
    PlanOptions m_options;
};

} // namespace pgcrossing

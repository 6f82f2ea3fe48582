#pragma once
#include "migration/Step.h"

#include <QCoreApplication>

namespace pgcrossing {

// ANALYZE on the new database so the first queries get good plans (seed 004 §8).
class AnalyzeStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(AnalyzeStep)

public:
    explicit AnalyzeStep(QString database) : m_db(std::move(database)) {}
    QString id() const override { return QStringLiteral("analyze:") + m_db; }
    QString title() const override { return tr("Update planner statistics of %1 (ANALYZE)").arg(m_db); }
    double weight() const override { return 0.5; }
    bool touchesTarget() const override { return true; }
    StepResult run(StepContext &ctx) override;

private:
    QString m_db;
};

} // namespace pgcrossing

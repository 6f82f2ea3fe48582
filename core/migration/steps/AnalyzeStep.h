#pragma once
#include "migration/Step.h"

#include <QCoreApplication>

namespace pgcrossing {

// ANALYZE on the new database so the first queries get good plans (seed 004 §8); with reindex, REINDEX
// DATABASE first (seed 004 §8: after a change of collation library, or when the DBA wants it).
class AnalyzeStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(AnalyzeStep)

public:
    explicit AnalyzeStep(QString database, bool reindex = false) : m_db(std::move(database)), m_reindex(reindex) {}
    QString id() const override { return QStringLiteral("analyze:") + m_db; }
    QString title() const override
    {
        return m_reindex ? tr("Rebuild the indexes and update planner statistics of %1 (REINDEX, ANALYZE)").arg(m_db)
                         : tr("Update planner statistics of %1 (ANALYZE)").arg(m_db);
    }
    double weight() const override { return 0.5; }
    bool touchesTarget() const override { return true; }
    StepResult run(StepContext &ctx) override;

private:
    QString m_db;
    bool m_reindex = false;
};

} // namespace pgcrossing

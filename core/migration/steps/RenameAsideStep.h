#pragma once
#include "migration/Step.h"

#include <QCoreApplication>

namespace pgcrossing {

// --replace: an existing target database is renamed aside (never dropped) so the copy can take its
// name; the report says how to swap back or drop it once verification passed.
class RenameAsideStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(RenameAsideStep)

public:
    explicit RenameAsideStep(QString database) : m_db(std::move(database)) {}
    QString id() const override { return QStringLiteral("rename-aside:") + m_db; }
    QString title() const override { return tr("Rename the existing target database %1 aside").arg(m_db); }
    double weight() const override { return 0.1; }
    bool touchesTarget() const override { return true; }
    StepResult run(StepContext &ctx) override;

private:
    QString m_db;
};

} // namespace pgcrossing

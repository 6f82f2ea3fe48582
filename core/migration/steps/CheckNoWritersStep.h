#pragma once
#include "migration/Step.h"

#include <QCoreApplication>
#include <QStringList>

namespace pgcrossing {

// Stop-write: proves nobody writes to the source databases (seed 000 §2.1, done properly): any session
// in a transaction or running a statement fails the step with the list of who; idle sessions are a
// warning. Touches nothing.
class CheckNoWritersStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(CheckNoWritersStep)

public:
    explicit CheckNoWritersStep(QStringList databases) : m_databases(std::move(databases)) {}
    QString id() const override { return QStringLiteral("check-no-writers"); }
    QString title() const override { return tr("Check that nothing writes to the source"); }
    double weight() const override { return 0.1; }
    bool redoneOnResume() const override { return true; }
    StepResult run(StepContext &ctx) override;

    // The SQL that lists other sessions on these databases (shared with preflight's ActivityCheck):
    // datname, pid, usename, application_name, state, xact_start, seconds the transaction is open.
    static QString activitySql(const QStringList &databases);

private:
    QStringList m_databases;
};

} // namespace pgcrossing

#pragma once
#include "model/CheckResult.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace pgcrossing {

class PgClient;

// Runs the checks that must pass before anything is touched: both servers answer, the chosen
// databases exist on the source, the target names are free (or replace was chosen), the target is not
// older than the source, the dump tool is new enough, and for stop-write that nothing writes to the
// source. Each check is read-only; the catalogue's other checks are their own classes, called from run().
class PreflightRunner {
    Q_DECLARE_TR_FUNCTIONS(PreflightRunner)

public:
    PreflightRunner(std::shared_ptr<PgClient> source, std::shared_ptr<PgClient> target, PlanOptions options);

    // options.databases filled in (all user databases of the source) when it was empty.
    QList<CheckResult> run();
    const PlanOptions &resolvedOptions() const { return m_options; }
    // This machine's session folder: a backup's default destination, whose free space is checked.
    void setSessionDir(const QString &dir) { m_sessionDir = dir; }
    static bool blocked(const QList<CheckResult> &results);

private:
    CheckResult reach(PgClient &pg, const QString &side, int *versionNum);
    // tool --version where pg runs: present, and at least minMajor; *major gets the tool's own major.
    CheckResult toolCheck(PgClient &pg, const QString &tool, int minMajor, int *major);
    std::shared_ptr<PgClient> m_source;
    std::shared_ptr<PgClient> m_target;
    PlanOptions m_options;
    QString m_sessionDir;
};

} // namespace pgcrossing

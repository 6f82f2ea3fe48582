#pragma once
#include "Check.h"

#include <QList>
#include <memory>
#include <vector>

namespace pgcrossing {

// Runs the checklist that must pass before anything is touched: the checks in their one order, each
// one that applies to the session (its mode, the options, online readiness, whether both servers
// answered), handing them one PreflightContext. The CLI and the wizard get the same rows from it. Every
// check is read-only.
class PreflightRunner {
public:
    PreflightRunner(std::shared_ptr<PgClient> source, std::shared_ptr<PgClient> target, PlanOptions options);
    ~PreflightRunner();

    // The rows of every check that applies, in order; options.databases filled in (every user database of
    // the source but "postgres") when it was empty.
    QList<CheckResult> run();
    const PlanOptions &resolvedOptions() const { return m_ctx.options; }
    // This machine's session folder: a backup's default destination, whose free space is checked.
    void setSessionDir(const QString &dir) { m_ctx.sessionDir = dir; }
    // Adds the rows a logical-replication (online) migration needs after the others
    // (`check --online-readiness`).
    void setOnlineReadiness(bool on) { m_ctx.onlineReadiness = on; }

private:
    PreflightContext m_ctx;
    std::vector<std::unique_ptr<Check>> m_checks;
};

} // namespace pgcrossing

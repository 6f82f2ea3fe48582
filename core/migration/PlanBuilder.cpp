#include "PlanBuilder.h"

#include "steps/AnalyzeStep.h"
#include "steps/BackupDatabaseStep.h"
#include "steps/CheckNoWritersStep.h"
#include "steps/ClaimTargetStep.h"
#include "steps/CopyDatabaseStep.h"
#include "steps/CopyGlobalsStep.h"
#include "steps/DumpFileStep.h"
#include "steps/HoldWritesStep.h"
#include "steps/InspectStep.h"
#include "steps/ReassignOwnerStep.h"
#include "steps/ReleaseClaimsStep.h"
#include "steps/ReleaseHoldsStep.h"
#include "steps/RenameAsideStep.h"
#include "steps/ShipDumpStep.h"
#include "steps/SyncSequencesStep.h"
#include "steps/VerifyStep.h"

#include <QDir>

namespace pgcrossing::PlanBuilder {

QString backupDir(const PlanOptions &options, const QString &sessionDir)
{
    return options.backupDir.isEmpty() ? QDir(sessionDir).filePath(QStringLiteral("backup")) : options.backupDir;
}

Plan build(const PlanOptions &options, const QString &sessionDir)
{
    Plan plan;
    plan.steps << std::make_shared<InspectStep>();
    if (options.mode == PlanOptions::Mode::VerifyOnly) {
        plan.steps << std::make_shared<VerifyStep>(options);
        return plan;
    }
    QStringList sources;
    for (const auto &m : options.databases)
        sources << m.source;

    if (options.mode == PlanOptions::Mode::BackupOnly && options.backupOnSourceHost) {
        // Files stay on the source host, as the runbooks keep them (/root/account.dump).
        if (options.includeGlobals)
            plan.steps << std::make_shared<DumpFileStep>(DatabaseMapping{}, options);
        for (const auto &m : options.databases)
            plan.steps << std::make_shared<DumpFileStep>(m, options);
        return plan;
    }
    if (options.mode == PlanOptions::Mode::BackupOnly) {
        const QString dir = backupDir(options, sessionDir);
        if (options.includeGlobals)
            plan.steps << std::make_shared<BackupDatabaseStep>(QString(), dir, options.compression);
        for (const auto &m : options.databases)
            plan.steps << std::make_shared<BackupDatabaseStep>(m.source, dir, options.compression);
        return plan;
    }

    // The target names first, before anything is changed anywhere: an existing database renamed aside when
    // replace was chosen, then each name claimed (a second session copying into one is refused here).
    for (const auto &m : options.databases)
        if (options.replaceExisting)
            plan.steps << std::make_shared<RenameAsideStep>(m.target);
    for (const auto &m : options.databases)
        plan.steps << std::make_shared<ClaimTargetStep>(m);
    plan.onFailure << std::make_shared<ReleaseClaimsStep>();
    if (options.mode == PlanOptions::Mode::StopWrite) {
        if (options.holdWrites) {
            plan.steps << std::make_shared<HoldWritesStep>(sources);
            plan.onFailure << std::make_shared<ReleaseHoldsStep>();
        }
        plan.steps << std::make_shared<CheckNoWritersStep>(sources);
    }
    if (options.includeGlobals)
        plan.steps << std::make_shared<CopyGlobalsStep>(options);
    for (const auto &m : options.databases) {
        if (options.transfer == PlanOptions::Transfer::Files)
            plan.steps << std::make_shared<DumpFileStep>(m, options) << std::make_shared<ShipDumpStep>(m, options);
        plan.steps << std::make_shared<CopyDatabaseStep>(m, options);
        if (!options.owner.isEmpty())
            plan.steps << std::make_shared<ReassignOwnerStep>(m.target, options.owner);
        plan.steps << std::make_shared<SyncSequencesStep>(m);
        plan.steps << std::make_shared<AnalyzeStep>(m.target, options.reindex);
    }
    if (options.verify)
        plan.steps << std::make_shared<VerifyStep>(options);
    return plan;
}

} // namespace pgcrossing::PlanBuilder

#include "TargetVersionCheck.h"

#include "model/ServerVersion.h"

namespace pgcrossing {

QList<CheckResult> TargetVersionCheck::run(PreflightContext &ctx) const
{
    const int srcVer = ctx.sourceVersionNum, dstVer = ctx.targetVersionNum;
    // The floor: the source's major version, or the DBA's own minimum when higher (--min-target-version).
    const int floor = qMax(srcVer / 10000, ctx.options.minTargetMajor);
    CheckResult ver = CheckResult::make(QStringLiteral("target.version"), tr("The target is not older than the source"),
                           CheckResult::Severity::Blocker);
    const auto shown = serverVersionText;
    ver.found = tr("source %1, target %2").arg(shown(srcVer), shown(dstVer));
    ver.expected = floor > srcVer / 10000 ? tr("target major ≥ %1 (the minimum you set)").arg(floor)
                                          : tr("target major ≥ %1").arg(floor);
    if (dstVer / 10000 < floor) {
        ver.status = CheckResult::Status::Failed;
        ver.remedy = tr("Upgrade the target to PostgreSQL %1 or newer. pg_dump's output is only meant to load into "
                        "the same or a newer major version, and there is no pg_dump option that writes for an older "
                        "one (the runbook's \"pg_dump --compatible\" does not exist). To go down a version anyway, "
                        "use logical replication (publication on the source, subscription on the older target), or "
                        "a plain-SQL dump (-Fp) that you edit and test by hand.").arg(floor);
    }
    return {ver};
}

} // namespace pgcrossing

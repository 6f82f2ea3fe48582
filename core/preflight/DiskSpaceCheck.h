#pragma once
#include "Check.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

// Room on the disks a migration writes to, measured with df where the writing happens (DiskFree): the
// dump folder on the source host and, for the file transfer, on the target host (≥ 2× the estimated
// dump, seed 000 §1 — the estimate is the tables' data without indexes, which -Fc usually compresses);
// the backup folder on this machine for a backup; the target's data directory, inside its container if
// any, for a copy (≥ 1.2× the source databases' size). Places that turn out to share one filesystem on
// one host are added up in one row. A full disk half-way through a dump or a restore is the failure
// this prevents, so a short place is a blocker; a place df cannot measure is an error. Read-only.
class DiskSpaceCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(DiskSpaceCheck)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.dumps(); }
    // A backup goes by default to the context's sessionDir.
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing

#include "EndState.h"

#include "SessionRecord.h"

namespace pgcrossing {

EndState EndState::of(const SessionRecord &r)
{
    EndState e;
    e.outcome = isSuccess(r.run) ? SessionOutcome::Succeeded : r.run;
    if (!r.outcomeMessage.isEmpty())
        e.reasons << r.outcomeMessage;

    const VerificationSummary &sum = r.verification.summary;
    switch (r.verification.verdict) {
    case VerificationVerdict::Different:
        e.reasons << tr("Verification found differences: %1 table(s) differ, %2 missing on the target, %3 only on the "
                        "target, %4 inventory difference(s).")
                         .arg(sum.differs).arg(sum.missingOnTarget).arg(sum.extraOnTarget).arg(sum.inventoryDifferences);
        break;
    case VerificationVerdict::Error:
        e.reasons << tr("Verification could not compare everything: %1 table(s) or database(s) not compared.").arg(sum.errors);
        break;
    case VerificationVerdict::Equal:
    case VerificationVerdict::NotVerified: break;
    }
    const bool verifiedBad = r.verification.verdict == VerificationVerdict::Different ||
                             r.verification.verdict == VerificationVerdict::Error;

    QStringList incomplete;
    if (r.options.writesTarget())
        for (const TargetState &t : r.targets)
            if (!t.complete)
                incomplete << t.database;
    if (!incomplete.isEmpty())
        e.reasons << tr("Target database(s) left incomplete: %1.").arg(incomplete.join(QStringLiteral(", ")));

    QStringList open;
    for (const SourceChange &c : r.changes)
        if (!c.reverted)
            open << (c.description.isEmpty() ? c.id : c.description);
    if (!open.isEmpty())
        e.reasons << tr("Changes on the source are still in place: %1. Undo them with Revert now on the Report page, or "
                        "pgcrossing-cli revert --session.")
                         .arg(open.join(QStringLiteral("; ")));

    QStringList warned;
    for (const StepRecord &s : r.steps)
        if (s.status == StepStatus::Warning)
            warned << (s.message.isEmpty() ? s.title : QStringLiteral("%1: %2").arg(s.title, s.message));
    for (const QString &w : warned)
        e.reasons << tr("Step with a warning — %1").arg(w);
    e.reasons += r.warnings;

    const bool unverified = r.options.writesTarget() && r.verification.isEmpty();
    if (unverified && isSuccess(e.outcome))
        e.reasons << (r.options.verify ? tr("The copy was not verified.")
                                       : tr("The copy was not verified: verification was turned off for this session."));

    if (e.outcome == SessionOutcome::Succeeded) {
        if (verifiedBad || !incomplete.isEmpty())
            e.outcome = SessionOutcome::Failed;
        else if (!open.isEmpty() || !warned.isEmpty() || !r.warnings.isEmpty() || unverified)
            e.outcome = SessionOutcome::SucceededWithWarnings;
    }
    e.reasons.removeDuplicates();
    return e;
}

} // namespace pgcrossing

#pragma once
#include "CliCommand.h"

#include <memory>

namespace pgcrossing {

class MigrationSession;

// What check, backup, migrate and verify share: the session pipeline of core (MigrationSession) driven
// from the flags — a new session (preflight printed, a blocker stops it: exit 2) or one resumed from its
// record, then its plan run with the log on stderr, Ctrl-C cancelling, and the record, reports and
// history written at the end. The subclasses only say which mode, and whether anything runs after the
// checklist.
class SessionCommand : public CliCommand {
public:
    int run(const QCommandLineParser &args) override;

protected:
    // The mode this command gives the flags' options (check: whatever --mode said).
    virtual void chooseMode(PlanOptions *options) const = 0;
    // False: stop after the checklist (check).
    virtual bool runsPlan() const { return true; }
    // A bad combination of flags for this command, as a sentence; empty: fine.
    virtual QString refuse(const QCommandLineParser &, const PlanOptions &) const { return {}; }

private:
    int runPlan(MigrationSession &session, bool verbose);
};

} // namespace pgcrossing

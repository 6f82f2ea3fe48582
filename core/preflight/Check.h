#pragma once
#include "model/CheckResult.h"
#include "model/PlanOptions.h"

#include <QList>
#include <QString>
#include <memory>

namespace pgcrossing {

class PgClient;

// What the checks of one preflight share: the two servers, the user's choices, and the facts the checks
// before learned for the ones after them (the servers' versions, the databases resolved, pg_dump's major).
// PreflightRunner makes one for each run and hands it down the list in order.
struct PreflightContext {
    enum class Side { Source, Target };

    std::shared_ptr<const PgClient> source;
    std::shared_ptr<const PgClient> target;
    // The user's choices. When no database was chosen, DatabasesExistCheck fills in databases (every user
    // database of the source but "postgres"); the checks after it see the resolved list.
    PlanOptions options;
    QString sessionDir;          // this machine's session folder: a backup's default destination; may be empty
    bool onlineReadiness = false; // add the rows a logical-replication migration needs (LogicalReplicationCheck)

    // Learned by the checks.
    int sourceVersionNum = 0;    // server_version_num, set by ConnectCheck; 0: the server did not answer
    int targetVersionNum = 0;
    int dumpMajor = 0;           // pg_dump's own major on the source host (ToolVersionCheck); 0: not read
    bool databasesExist = false; // the source.databases row did not block
    // Before a new run: what an earlier one learned might no longer be true.
    void forgetLearned() { *this = PreflightContext{source, target, options, sessionDir, onlineReadiness}; }

    const PgClient &pg(Side side) const { return side == Side::Source ? *source : *target; }
    int &versionNum(Side side) { return side == Side::Source ? sourceVersionNum : targetVersionNum; }
    int sourceMajor() const { return sourceVersionNum / 10000; }
    int targetMajor() const { return targetVersionNum / 10000; }
    // Both servers answered: the checks that query them can run.
    bool serversAnswer() const { return sourceVersionNum && targetVersionNum; }
    // The mode runs pg_dump on the source (backup, copy, stop-write; not verify-only).
    bool dumps() const { return options.mode != PlanOptions::Mode::VerifyOnly; }
};

// One check of the preflight checklist: the rows it adds (CheckResult: what was found against what is
// needed, and the remedy) and the sessions it has rows for. A check only reads the servers; it may
// record what it learned in the context for the checks after it. A new check is a class implementing
// this plus one line in PreflightRunner's list.
class Check {
public:
    virtual ~Check() = default;

    // Whether this check has rows for ctx: its modes, the options, what the checks before it found (most
    // need both servers to have answered).
    virtual bool appliesTo(const PreflightContext &ctx) const = 0;
    virtual QList<CheckResult> run(PreflightContext &ctx) const = 0;
};

} // namespace pgcrossing

#pragma once
#include "CommandRecord.h"
#include "EndState.h"
#include "Endpoint.h"
#include "PlanOptions.h"
#include "SessionOutcome.h"
#include "StepStatus.h"
#include "Verification.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgcrossing {

// One step of a plan as it ran.
struct StepRecord {
    QString id;              // stable across resume: "copy-database:account"
    QString title;
    StepStatus status = StepStatus::Pending;
    bool touchesSource = false;
    bool touchesTarget = false;
    QDateTime started;
    QDateTime finished;
    QString message;
    QString details;
};

// A change the session made on the source (only when the user chose it), with the SQL that undoes it.
struct SourceChange {
    QString id;
    QString database;
    QString description;
    QString applySql;
    QString revertSql;
    QDateTime applied;
    bool reverted = false;
    QDateTime revertedAt;
    QString revertDatabase;   // where revertSql runs; empty: the maintenance database
};

// A file the session produced (a dump, a globals script), with what proves it intact.
struct Artifact {
    QString kind;            // "dump", "globals"
    QString database;
    QString host;            // "local" or the host label
    QString path;
    qint64 bytes = 0;
    QString sha256;
};

// What the session did to a target database: whether it created it and whether its content is whole.
struct TargetState {
    QString database;
    bool createdBySession = false;
    bool complete = false;
    QString renamedAsideTo;  // replaceExisting: the old database's new name
    bool empty = false;      // created (claimed) and nothing restored into it yet: a copy may use it as it is
};

// The record of one session: the truth that every report is rendered from. It holds the inputs (never
// a secret), the facts found, every step and every command, what changed where and the verification.
class SessionRecord {
public:
    QString id;
    QDateTime createdAt;
    QDateTime finishedAt;
    QString toolVersion;
    // How the last run of the plan ended (the Runner's word; Failed when a blocker refused it), with its
    // message. The session's end state is outcome(): this run judged with the verification and what it left.
    SessionOutcome run = SessionOutcome::Running;
    QString outcomeMessage;
    Endpoint source;
    Endpoint target;
    PlanOptions options;
    QJsonObject environment;      // server and tool versions, found facts
    QJsonArray preflight;         // check results
    QList<StepRecord> steps;
    QList<CommandRecord> commands;
    QList<SourceChange> changes;
    QList<Artifact> artifacts;
    QList<TargetState> targets;
    Verification verification;    // the verifier's result (tables, inventory, verdict); empty: not verified
    QStringList warnings;

    static SessionRecord create(const Endpoint &source, const Endpoint &target, const PlanOptions &options);

    // The end state (EndState::of): what every page, report, history row and exit code says.
    SessionOutcome outcome() const { return endState().outcome; }
    EndState endState() const { return EndState::of(*this); }

    StepRecord *step(const QString &id);
    TargetState *targetState(const QString &database);
    SourceChange *change(const QString &id);

    QJsonObject toJson() const;
    static SessionRecord fromJson(const QJsonObject &o);
    bool save(const QString &path, QString *error = nullptr) const;
    static bool load(const QString &path, SessionRecord *out, QString *error = nullptr);
};

} // namespace pgcrossing

#pragma once
#include "CodeTable.h"
#include "VerifyQuery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgcrossing {

// One database to carry: its name on the source and the name it gets on the target.
struct DatabaseMapping {
    QString source;
    QString target;
};

// What the user chose: the mode and every option that changes what runs. Serialised into plan files
// (the CLI's input, the wizard's export) and into the session record.
struct PlanOptions {
    // VerifyOnly: compare what is already on both sides (pgcrossing-cli verify, a past session's Verify again).
    enum class Mode { BackupOnly, Copy, StopWrite, VerifyOnly };
    enum class Transfer { Stream, Files };

    Mode mode = Mode::Copy;
    QList<DatabaseMapping> databases;   // empty: every user database of the source
    bool includeGlobals = true;         // roles the databases need (never alters an existing role)
    Transfer transfer = Transfer::Stream;
    bool replaceExisting = false;       // rename an existing target database aside instead of refusing
    bool holdWrites = false;            // stop-write: make the source read-only and end other sessions
    bool exitOnError = true;            // pg_restore --exit-on-error
    bool noOwner = false;               // pg_restore --no-owner (objects owned by the target user)
    QString owner;                      // with noOwner: this target role owns the databases and their objects
    bool fixTextSearch = false;         // carry configurations over an extension's parser apart (TextSearchConfigs)
    bool reindex = false;               // REINDEX each database after the restore (ANALYZE always runs)
    int longTransactionMinutes = 5;     // preflight: a transaction open this long is named as long
    int minTargetMajor = 0;             // the DBA's floor for the target's major version (0: the source's)
    int compression = 0;                // pg_dump -Z for the stream (0: the link is fast; gzip costs more)
    QString backupDir;                  // backup only: directory on this machine
    bool backupOnSourceHost = false;    // backup only: dump files on the source host (under dumpDir) instead
    QString dumpDir;                    // file transfer: directory on both hosts (default /var/tmp/pgcrossing)
    bool verify = true;                 // verify after copying
    QStringList strictTables;           // "db.schema.table": sha256 ordered by primary key as well
    int maxDifferingKeys = 20;          // keys located per differing table
    QList<VerifyQuery> verifyQueries;   // the DBA's own checks, compared after the tables

    static QString modeName(Mode m);    // codeOf(m): "backup", "copy", "stop-write", "verify"
    // Copy or stop-write: the modes that write the target.
    bool writesTarget() const { return mode == Mode::Copy || mode == Mode::StopWrite; }
    static bool parseMode(const QString &name, Mode *mode);
    QJsonObject toJson() const;
    static PlanOptions fromJson(const QJsonObject &o, QString *error = nullptr);
};

// The modes' codes (plan files, records) and the words a user reads for them (wordOf).
template <>
const CodeTable<PlanOptions::Mode> &codeTable<PlanOptions::Mode>();

} // namespace pgcrossing

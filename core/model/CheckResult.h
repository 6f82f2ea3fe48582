#pragma once
#include <QJsonObject>
#include <QString>

namespace pgcrossing {

// One row of the preflight checklist: what was checked, what was found against what is needed, and the
// remedy a DBA can copy. An error (the check could not run) is kept apart from a failure.
struct CheckResult {
    enum class Severity { Blocker, Warning, Info };
    enum class Status { Passed, Failed, Error, Skipped };

    QString id;
    QString title;
    // The database the row is about, as named on the side the check reads ("source.…": the source's name,
    // "target.…": the target's); empty when it is about the server or this machine as a whole. A check that
    // looks into each database adds a row per database, so a problem sits under the database that has it.
    QString database;
    Severity severity = Severity::Blocker;
    Status status = Status::Passed;
    QString found;
    QString expected;
    QString remedy;
    // The plan option that resolves this row when the user agrees (PlanOptions JSON key, e.g.
    // "fixTextSearch"); empty: only the remedy. The checklist offers it as "Fix this".
    QString fix;
    // A connection row (*.connect) that failed on an SSH host key not in known_hosts: its fingerprint
    // ("SHA256:…"), for the user to compare and trust. Empty otherwise, and always for a changed key.
    QString hostKeyFingerprint;

    static CheckResult make(const QString &id, const QString &title, Severity severity);
    bool blocks() const { return severity == Severity::Blocker && (status == Status::Failed || status == Status::Error); }
    static QString severityName(Severity s);
    static QString statusName(Status s);
    QJsonObject toJson() const;
};

} // namespace pgcrossing

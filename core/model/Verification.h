#pragma once
#include "InventoryRow.h"
#include "TableDiff.h"
#include "VerificationSummary.h"
#include "VerificationVerdict.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pgcrossing {

// The verification of a session: its verdict, how content was hashed, the counts, every table and
// inventory item compared, and how long it took. NotVerified (the default) is the record of a session
// never verified; its JSON is the empty object. JSON (the session record's verification): verdict,
// method, summary, tables, inventory, millis.
struct Verification {
    VerificationVerdict verdict = VerificationVerdict::NotVerified;
    QString method;                 // "record-hash" or "text-hash"
    VerificationSummary summary;
    QList<TableDiff> tables;
    QList<InventoryRow> inventory;
    qint64 millis = -1;             // -1: not recorded

    bool isEmpty() const { return verdict == VerificationVerdict::NotVerified; }
    // The verdict the counts give: Error if anything could not be compared, else Equal or Different.
    static VerificationVerdict verdictOf(const VerificationSummary &summary);

    QJsonObject toJson() const;
    // Defensive (records come from older versions and crashed sessions): entries that are not objects are
    // skipped; an object with no verdict reads as NotVerified.
    static Verification fromJson(const QJsonObject &o);
};

} // namespace pgcrossing

#pragma once
#include "model/PlanFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pgcrossing {

// An unfinished setup, kept when the wizard is closed before anything ran, for the Start page to offer
// again: the plan as far as it was entered (both endpoints and the options, never a secret: passwords
// stay in the keychain or are asked again) and whether it was made on the built-in demo. One per
// sessions folder: <sessions root>/draft.json, the plan file's JSON with a "draft" object beside it.
struct SetupDraft {
    Q_DECLARE_TR_FUNCTIONS(SetupDraft)

public:
    PlanFile plan;
    QDateTime savedAt;      // UTC
    bool demo = false;      // made on the demo: reopening it starts the demo again

    static QString pathFor(const QString &sessionsRoot);
    bool save(const QString &path, QString *error) const;
    // False with *error when the file is missing or unreadable.
    static bool load(const QString &path, SetupDraft *out, QString *error);
    static bool remove(const QString &path);
};

} // namespace pgcrossing

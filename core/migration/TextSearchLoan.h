#pragma once
#include "postgres/TextSearchConfigs.h"
#include "migration/StepResult.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

class StepContext;

// The text-search fix-up's moves, shared by the steps that dump (CopyDatabaseStep when streaming,
// DumpFileStep for file transfer) and the one that restores (CopyDatabaseStep): lend each configuration
// over an extension's parser to its extension on the source before pg_dump (recorded as a source change
// with its undo), give it back afterwards whatever happened, and create it on the target before pg_restore.
class TextSearchLoan {
    Q_DECLARE_TR_FUNCTIONS(TextSearchLoan)

public:
    // The configurations of db the fix-up carries, including those an earlier attempt lent and did not give
    // back; fails when one cannot be carried.
    static StepResult find(StepContext &ctx, const QString &db, QList<TextSearchConfigs::Entry> *entries);
    static StepResult lend(StepContext &ctx, const QString &db, const QList<TextSearchConfigs::Entry> &entries);
    // Empty when all were given back; else what failed (the record keeps their undo for `revert`).
    static QString giveBack(StepContext &ctx, const QString &db, const QList<TextSearchConfigs::Entry> &entries);
    static StepResult createOnTarget(StepContext &ctx, const QString &targetDb, const PlanOptions &options,
                                     const QList<TextSearchConfigs::Entry> &entries);
};

} // namespace pgcrossing

#pragma once
#include "migration/Step.h"
#include "migration/StreamTransfer.h"
#include "model/PlanOptions.h"
#include "postgres/PgResult.h"

#include <QCoreApplication>

namespace pgcrossing {

// Copies one database: creates it on the target with the source's owner, encoding and locale, marks it
// incomplete, streams `pg_dump -Fc` on the source into `pg_restore` on the target through this machine,
// and marks it complete. A target database this session created and left incomplete (failure, cancel)
// is dropped and copied again on resume; any other existing database is never touched.
// With fixTextSearch, configurations over an extension's parser (TextSearchConfigs) are lent to their
// extension on the source for the length of the dump, created on the target before the restore, and given
// back whatever the outcome; each loan is a recorded source change with its undo.
class CopyDatabaseStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(CopyDatabaseStep)

public:
    CopyDatabaseStep(DatabaseMapping db, PlanOptions options) : m_db(std::move(db)), m_options(std::move(options)) {}
    QString id() const override { return QStringLiteral("copy-database:") + m_db.source; }
    QString title() const override;
    double weight() const override { return 10.0; }
    bool touchesTarget() const override { return true; }
    bool touchesSource() const override
    {
        return m_options.fixTextSearch && m_options.transfer == PlanOptions::Transfer::Stream;
    }
    StepResult run(StepContext &ctx) override;

    static QString incompleteComment(const QString &sessionId);
    // The session whose incomplete copy a database's comment marks it as; empty for any other comment.
    static QString claimedBy(const QString &comment);
    // Why a target name that is taken cannot be used: another session's claim, or a database of the user's.
    static QString refusal(const QString &target, const QString &comment);
    // Creates db.target empty with the source database's encoding and locale, marked INCOMPLETE for this session
    // (atomic: a name another session took meanwhile fails with refusal()); owned as ownerOnTarget() says for
    // ownerFrom's options, or by the target's login when null (a claim, given its owner by the copy).
    static StepResult createDatabase(StepContext &ctx, const DatabaseMapping &db, const PlanOptions *ownerFrom);
    // The target's database and its comment (one row: datname, comment), or no row when there is none.
    static PgResult targetComment(StepContext &ctx, const QString &target);
    // Who owns the copy on the target: --owner, else the source's owner when that role exists there, else the
    // target's login (said in the log unless --no-owner asked for it).
    static QString ownerOnTarget(StepContext &ctx, const QString &sourceOwner, const PlanOptions &options);

private:
    StepResult createTarget(StepContext &ctx);
    void endOurSessions(StepContext &ctx);
    QString shortOfSpace(StepContext &ctx) const;
    static QString failure(StepContext &ctx, const StreamTransfer::Outcome &out, const QString &restoreHost, bool diskShort);

    DatabaseMapping m_db;
    PlanOptions m_options;
};

} // namespace pgcrossing

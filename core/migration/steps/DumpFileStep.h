#pragma once
#include "migration/Step.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>

namespace pgcrossing {

// `pg_dump -Fc` (or, for an empty database name, `pg_dumpall --globals-only`) into a file on the source
// host, outside any container; its size and sha256 are taken there and recorded. Part 1 of the file
// transfer (the file stays as a rollback artifact) and the backup kept on the source host.
class DumpFileStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(DumpFileStep)

public:
    DumpFileStep(DatabaseMapping db, PlanOptions options) : m_db(std::move(db)), m_options(std::move(options)) {}
    QString id() const override { return QStringLiteral("dump-file:") + (m_db.source.isEmpty() ? QStringLiteral("globals") : m_db.source); }
    QString title() const override;
    double weight() const override { return 5.0; }
    // Only the text-search fix-up changes the source (for the dump's length); the file itself is written
    // beside it on the host.
    bool touchesSource() const override
    {
        return !m_db.source.isEmpty() && m_options.fixTextSearch && m_options.mode != PlanOptions::Mode::BackupOnly;
    }
    StepResult run(StepContext &ctx) override;

    // Where the dump of db lives: <dumpDir>/<session id>/<side>/<db>.dump, side "source" or "target" —
    // apart, so two endpoints on one filesystem never read and write the same file.
    static QString path(const PlanOptions &options, const QString &sessionId, const QString &side, const QString &db);
    static QString folder(const PlanOptions &options, const QString &sessionId, const QString &side);
    // The dump folder on both hosts: options.dumpDir, default /var/tmp/pgcrossing.
    static QString baseDir(const PlanOptions &options);
    // sha256 of a file on a host, through `sha256sum`; empty and *error set when it fails.
    static QString hostSha256(class Shell &host, const QString &path, const class CancelToken *cancel, QString *error);

private:
    DatabaseMapping m_db;
    PlanOptions m_options;
};

} // namespace pgcrossing

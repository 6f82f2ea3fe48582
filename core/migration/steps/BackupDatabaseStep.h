#pragma once
#include "migration/Step.h"

#include <QCoreApplication>

namespace pgcrossing {

// Backup only: streams `pg_dump -Fc` (or `pg_dumpall --globals-only` for the roles) from the source
// into a file on this machine, with its size and sha256 recorded as an artifact. A dump that did not
// finish is deleted, never left to pass for a backup. Touches nothing on either server.
class BackupDatabaseStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(BackupDatabaseStep)

public:
    // database empty: the globals (roles, tablespaces).
    BackupDatabaseStep(QString database, QString directory, int compression)
        : m_db(std::move(database)), m_dir(std::move(directory)), m_compression(compression) {}
    QString id() const override { return m_db.isEmpty() ? QStringLiteral("backup-globals") : QStringLiteral("backup:") + m_db; }
    QString title() const override;
    double weight() const override { return m_db.isEmpty() ? 0.2 : 5.0; }
    StepResult run(StepContext &ctx) override;

    // A file name for a database name that may hold any character.
    static QString safeFileName(const QString &name);

private:
    QString shortOfSpace(StepContext &ctx, qint64 written) const;

    QString m_db;
    QString m_dir;
    int m_compression;
};

} // namespace pgcrossing

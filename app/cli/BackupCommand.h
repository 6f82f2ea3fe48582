#pragma once
#include "SessionCommand.h"

namespace pgcrossing {

// pgcrossing-cli backup: pg_dump -Fc files and the roles, on this machine (or kept on the source host).
class BackupCommand : public SessionCommand {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return QStringLiteral("dump the databases (pg_dump -Fc) and roles to files on this machine"); }
    CliOptions::Command options() const override { return CliOptions::Backup; }

protected:
    void chooseMode(PlanOptions *o) const override { o->mode = PlanOptions::Mode::BackupOnly; }
};

} // namespace pgcrossing

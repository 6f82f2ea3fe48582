#pragma once
#include "SessionCommand.h"

namespace pgcrossing {

// pgcrossing-cli migrate: copy (or stop-write migrate) the databases to the target, then verify.
class MigrateCommand : public SessionCommand {
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override { return QStringLiteral("copy (or stop-write migrate) the databases from source to target, then verify"); }
    CliOptions::Command options() const override { return CliOptions::Migrate; }

protected:
    void chooseMode(PlanOptions *o) const override
    {
        if (!o->writesTarget())
            o->mode = PlanOptions::Mode::Copy; // a plan file exported for a backup still migrates when asked to
    }
    QString refuse(const QCommandLineParser &args, const PlanOptions &) const override
    {
        if (args.optionNames().contains(QStringLiteral("mode")) && args.value(QStringLiteral("mode")) == QLatin1String("backup"))
            return QStringLiteral("--mode backup: use copy or stop-write (or the backup command)");
        return {};
    }
};

} // namespace pgcrossing

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
    void chooseMode(PlanOptions *) const override {} // copy by default, or what --mode / the plan file says
    QString refuse(const QCommandLineParser &args, const PlanOptions &o) const override
    {
        if (o.writesTarget())
            return {};
        if (args.optionNames().contains(QStringLiteral("mode")))
            return QStringLiteral("--mode %1: use copy or stop-write (or the backup command)").arg(args.value(QStringLiteral("mode")));
        return QStringLiteral("the plan file is for a %1; run pgcrossing-cli backup --plan FILE, or give --mode copy or "
                              "--mode stop-write").arg(PlanOptions::modeName(o.mode));
    }
};

} // namespace pgcrossing

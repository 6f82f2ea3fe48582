#pragma once
#include "SessionCommand.h"

namespace pgcrossing {

// pgcrossing-cli verify: compare the databases on both sides table by table, or (--session) compare a past
// session's databases again, as the wizard's Verify again does.
class VerifyCommand : public SessionCommand {
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return QStringLiteral("compare source and target databases table by table"); }
    CliOptions::Command options() const override { return CliOptions::Verify; }
    int run(const QCommandLineParser &args) override;

protected:
    void chooseMode(PlanOptions *o) const override { o->mode = PlanOptions::Mode::VerifyOnly; }
};

} // namespace pgcrossing

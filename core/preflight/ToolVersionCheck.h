#pragma once
#include "Check.h"

#include <QCoreApplication>

namespace pgcrossing {

// The client tool a mode runs is there and new enough, where it runs: pg_dump on the source host (at
// least the source server's major; its own major goes into the context), and for the modes that write
// the target pg_restore on the target host (at least pg_dump's major: it reads archives of its own major
// and older only). `tool --version`, read-only.
class ToolVersionCheck : public Check {
    // The texts keep the context they were first translated under.
    Q_DECLARE_TR_FUNCTIONS(PreflightRunner)
public:
    enum class Tool { PgDump, PgRestore };
    explicit ToolVersionCheck(Tool tool) : m_tool(tool) {}

    bool appliesTo(const PreflightContext &ctx) const override;
    QList<CheckResult> run(PreflightContext &ctx) const override;

private:
    Tool m_tool;
};

} // namespace pgcrossing

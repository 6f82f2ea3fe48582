#include "PreflightRunner.h"

#include "ActivityCheck.h"
#include "ConnectCheck.h"
#include "DatabasesExistCheck.h"
#include "DiskSpaceCheck.h"
#include "ExtensionsCheck.h"
#include "FreeNamesCheck.h"
#include "LocaleCheck.h"
#include "LogicalReplicationCheck.h"
#include "PrivilegesCheck.h"
#include "RolesCheck.h"
#include "SequencesCheck.h"
#include "TargetVersionCheck.h"
#include "TextSearchCheck.h"
#include "ToolVersionCheck.h"

namespace pgcrossing {

PreflightRunner::PreflightRunner(std::shared_ptr<PgClient> source, std::shared_ptr<PgClient> target, PlanOptions options)
{
    m_ctx.source = std::move(source);
    m_ctx.target = std::move(target);
    m_ctx.options = std::move(options);

    // The checklist's order; each check says for which sessions it has rows.
    using Side = PreflightContext::Side;
    m_checks.push_back(std::make_unique<ConnectCheck>(Side::Source));
    m_checks.push_back(std::make_unique<ConnectCheck>(Side::Target));
    m_checks.push_back(std::make_unique<DatabasesExistCheck>());
    m_checks.push_back(std::make_unique<ToolVersionCheck>(ToolVersionCheck::Tool::PgDump));
    m_checks.push_back(std::make_unique<PrivilegesCheck>());
    m_checks.push_back(std::make_unique<DiskSpaceCheck>());
    m_checks.push_back(std::make_unique<TargetVersionCheck>());
    m_checks.push_back(std::make_unique<ToolVersionCheck>(ToolVersionCheck::Tool::PgRestore));
    m_checks.push_back(std::make_unique<FreeNamesCheck>());
    m_checks.push_back(std::make_unique<ExtensionsCheck>());
    m_checks.push_back(std::make_unique<SequencesCheck>());
    m_checks.push_back(std::make_unique<LocaleCheck>());
    m_checks.push_back(std::make_unique<RolesCheck>());
    // A backup's pg_dump meets the same parser (a warning there: no fix-up, the file must hold everything).
    m_checks.push_back(std::make_unique<TextSearchCheck>());
    m_checks.push_back(std::make_unique<ActivityCheck>());
    m_checks.push_back(std::make_unique<LogicalReplicationCheck>());
}

PreflightRunner::~PreflightRunner() = default;

QList<CheckResult> PreflightRunner::run()
{
    m_ctx.forgetLearned();
    QList<CheckResult> out;
    for (const auto &check : m_checks)
        if (check->appliesTo(m_ctx))
            out << check->run(m_ctx);
    return out;
}

} // namespace pgcrossing

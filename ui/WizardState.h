#pragma once
#include "model/CheckResult.h"
#include "model/Endpoint.h"
#include "model/PlanOptions.h"
#include "model/ProbeResult.h"
#include "session/MigrationSession.h"

#include <QList>
#include <memory>

namespace pgcrossing {

// What the wizard's pages share: the two endpoints with their secrets (memory only), what "Test
// connection" found, the chosen options and the live session. Owned by MigrationWizard.
struct WizardState {
    Endpoint source;
    Endpoint target;
    EndpointSecrets sourceSecrets;
    EndpointSecrets targetSecrets;
    ProbeResult sourceProbe;
    ProbeResult targetProbe;
    PlanOptions options;
    bool onDemo = false;                        // both sides are the demo's (a draft made now reopens on it)
    QString sessionsRoot;                       // empty: MigrationSession::defaultSessionsRoot()
    std::unique_ptr<MigrationSession> session;  // created by the Preflight page
    QList<CheckResult> checks;
};

} // namespace pgcrossing

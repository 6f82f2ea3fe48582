#pragma once
#include "migration/StepContext.h"
#include "model/Endpoint.h"

#include <memory>

namespace pgcrossing {

// Assembles what a session runs on from its record and the secrets: a Shell per side (SSH and
// container as the endpoints say), one CommandJournal that both shells report to and that masks the
// secrets, the PgClients, and the StepContext holding the record. Every command the journal sees goes
// into the record and the live log.
namespace SessionFactory {
std::shared_ptr<StepContext> create(const SessionRecord &record, const EndpointSecrets &source,
                                    const EndpointSecrets &target, const QString &workDir);
}

} // namespace pgcrossing

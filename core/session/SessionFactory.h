#pragma once
#include "migration/SessionContext.h"
#include "model/Endpoint.h"

#include <memory>

namespace pgcrossing {

// Assembles what a session runs on from its record and the secrets: a Shell per side (SSH and container
// as the endpoints say), one CommandJournal that both shells report to and that masks the secrets, the
// PgClients, and the SessionContext holding the record (saved to recordPath; empty: memory only).
namespace SessionFactory {
std::shared_ptr<SessionContext> create(const SessionRecord &record, const EndpointSecrets &source,
                                       const EndpointSecrets &target, const QString &workDir, const QString &recordPath);
}

} // namespace pgcrossing

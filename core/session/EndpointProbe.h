#pragma once
#include "model/Endpoint.h"
#include "model/ProbeResult.h"
#include "postgres/LoginDiagnosis.h"

#include <QStringList>

namespace pgcrossing {

// The Hosts page's "Test connection" and "Detect", as plain synchronous calls (the caller runs them off
// the UI thread): reach the host (SSH host key and login), check the container runs, log in to
// PostgreSQL, then read the version, the databases with sizes and the free disk of the data directory.
// Read-only on every layer.
namespace EndpointProbe {
ProbeResult probe(const Endpoint &endpoint, const EndpointSecrets &secrets);
// Names of the running containers on the endpoint's host (`ENGINE ps -a`); engine: "docker" or "podman".
// *stopped (when given): the containers that exist but do not run.
QStringList runningContainers(const Endpoint &endpoint, const EndpointSecrets &secrets, const QString &engine,
                              QString *error, QStringList *stopped = nullptr);
// The tables of one database with sizes and estimated rows, largest first (the Databases page).
QList<TableInfo> tables(const Endpoint &endpoint, const EndpointSecrets &secrets, const QString &db, QString *error);
// What to do about a failed PostgreSQL login (wrong password, refused by pg_hba.conf, nothing listening…).
QString hintFor(LoginDiagnosis::Failure why);
}

} // namespace pgcrossing

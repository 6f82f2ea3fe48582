#pragma once
#include "CatalogFacts.h"
#include "SshError.h"

#include <QList>
#include <QString>

namespace pgcrossing {

// What "Test connection" found on one endpoint: either the server's version, its databases and the free
// disk next to its data, or the first layer that failed (ssh, container, postgres) with a message and a
// hint that says what to do. An SSH host key problem keeps SshError's kind and fingerprint.
struct ProbeResult {
    bool ok = false;
    QString layer;              // "ssh", "container" or "postgres" when !ok
    SshError ssh;               // kind + fingerprint when layer == "ssh"
    QString message;            // one sentence, verbatim error included
    QString hint;               // what to change
    QString serverVersion;      // "15.20"
    int versionNum = 0;         // 150020
    QList<DatabaseInfo> databases;
    qint64 freeBytes = -1;      // -1: unknown (freeNote says why)
    QString freePath;           // where it was measured (the data directory)
    QString freeNote;
};

} // namespace pgcrossing

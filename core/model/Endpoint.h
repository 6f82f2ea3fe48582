#pragma once
#include "PgConnection.h"
#include "SshConfig.h"

#include <QJsonObject>
#include <QString>

namespace pgcrossing {

// One side of a migration as the user described it: how to reach the host (this machine or SSH),
// optionally a container on it, and how the client tools reach PostgreSQL there. No secrets: those
// come from the SecretStore under secretKey(), and toJson() never writes them.
struct Endpoint {
    enum class Kind { Local, Ssh };

    QString role;                 // "source" or "target"
    Kind kind = Kind::Local;
    SshConfig ssh;                // for Kind::Ssh (password/passphrase fields stay empty here)
    QString containerEngine;      // "", "docker" or "podman"
    QString container;            // container name; empty: no container
    QString containerUser;        // docker exec -u
    PgConnection pg;

    QString label() const;        // "root@127.0.0.2:2222 › docker postgresql-svc-plus"
    QString fullLabel() const;    // label() plus the PostgreSQL address: "local › :55432", for lists
    // Everything a reader of a report needs to find the server again: label(), the container user, the
    // PostgreSQL login and address, sslmode: "root@db1 › docker pg (-u postgres) · pg postgres@127.0.0.1:5432".
    QString detailLabel() const;
    QString secretKey() const;    // stable id for the keychain entries of this endpoint
    QJsonObject toJson() const;
    static Endpoint fromJson(const QJsonObject &o, QString *error = nullptr);
};

// The secrets of one endpoint, held in memory only for as long as a session needs them.
struct EndpointSecrets {
    QByteArray sshPassword;
    QByteArray keyPassphrase;
    QByteArray pgPassword;
};

} // namespace pgcrossing

#pragma once
#include <QList>
#include <QString>

namespace pgcrossing {

// The host aliases of an OpenSSH client config (~/.ssh/config): "Host db-old" blocks with their
// HostName, Port, User and IdentityFile. The Hosts page offers them; picking one fills the fields in
// view of the user. Connections never apply the file silently (SshSession turns that off).
struct SshConfigFile {
    struct Alias {
        QString name;
        QString hostName;      // empty: the alias itself
        int port = 0;          // 0: not set
        QString user;
        QString identityFile;  // ~ expanded
    };
    // Aliases without wildcards, in file order; a missing file gives none.
    static QList<Alias> read(const QString &path);
    static QString defaultPath(); // ~/.ssh/config
};

} // namespace pgcrossing

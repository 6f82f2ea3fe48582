#pragma once
#include "Shell.h"

#include <QCoreApplication>

namespace pgcrossing {

// Runs commands on this machine with QProcess, no shell in between.
class LocalShell : public Shell {
public:
    // "local" in the interface's language: it is read in messages and logs, never parsed.
    QString hostLabel() const override { return QCoreApplication::translate("Endpoint", "local"); }
    std::unique_ptr<RemoteProcess> startArgv(const QStringList &argv, QString *error,
                                             SshError *sshError = nullptr) override;
};

} // namespace pgcrossing

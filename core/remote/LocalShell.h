#pragma once
#include "Shell.h"

namespace pgcrossing {

// Runs commands on this machine with QProcess, no shell in between.
class LocalShell : public Shell {
public:
    QString hostLabel() const override { return QStringLiteral("local"); }
    std::unique_ptr<RemoteProcess> startArgv(const QStringList &argv, QString *error,
                                             SshError *sshError = nullptr) override;
};

} // namespace pgcrossing

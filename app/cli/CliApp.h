#pragma once
#include "model/Endpoint.h"
#include "model/PlanOptions.h"

#include <QStringList>

namespace pgcrossing {

class SessionRecord;

// pgcrossing-cli: parses arguments into a plan (a plan file, overridden by flags), runs the core's
// preflight and Runner, prints progress on stderr, writes the session record and reports, and exits
// with a documented code. It holds no migration logic of its own.
class CliApp {
public:
    enum Exit { Ok = 0, Usage = 1, Blocked = 2, Failed = 3, Different = 4, Cancelled = 5 };
    int run(const QStringList &args);

private:
    int runSession(const QString &command);
    int revert();
    bool loadPlan(const QString &path);
    bool applyEndpointFlags(const QString &side, Endpoint *e);
    EndpointSecrets secretsFor(const QString &side, QString *error) const;
    QString option(const QString &name) const;
    bool flag(const QString &name) const;
    QStringList values(const QString &name) const;
    QString sessionDirFor(const SessionRecord &record) const;
    int writeReports(const SessionRecord &record, const QString &dir) const;

    QStringList m_args;          // after the command word
    Endpoint m_source;
    Endpoint m_target;
    PlanOptions m_options;
    bool m_verbose = false;
};

} // namespace pgcrossing

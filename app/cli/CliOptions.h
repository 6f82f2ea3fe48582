#pragma once
#include "model/Endpoint.h"
#include "model/PlanOptions.h"

#include <QCommandLineParser>
#include <QString>
#include <memory>

namespace pgcrossing {

class MigrationSession;

// The one table of pgcrossing-cli's options: each with its help text and the commands it belongs to, so
// every command's parser (and --help) holds exactly its own options, and an option no command of that
// name takes is refused by the parser. It also turns the parsed flags into endpoints, plan options and
// secrets; a plan file (--plan) is read first and the flags override it.
class CliOptions {
public:
    enum Command { Check = 1, Backup = 2, Migrate = 4, Verify = 8, Revert = 16 };

    // Adds the options of `command` (and -h/--help) to the parser.
    static void addTo(QCommandLineParser &parser, Command command);
    // The commands (a mask of Command) that take the option `name` (without dashes): what to say when another
    // command is given it.
    static int commandsTaking(const QString &name);

    // The endpoints and options the flags describe, on top of the plan file when one is named; false and
    // *error (a sentence naming the flag) on bad input.
    static bool plan(const QCommandLineParser &parser, Endpoint *source, Endpoint *target, PlanOptions *options,
                     QString *error);
    // The --source… / --target… flags on an endpoint read from elsewhere (a record being resumed or reverted):
    // the host key accepted since, another key file or known_hosts.
    static bool endpoint(const QCommandLineParser &parser, const QString &side, Endpoint *e, QString *error);
    // The side's secrets from PGCROSSING_<SIDE>_PGPASSWORD / _SSH_PASSWORD / _KEY_PASSPHRASE (or *_FILE).
    static EndpointSecrets secrets(const QString &side, QString *error);
    // A session saved earlier (its session.json at path), opened with the flags' endpoint changes (a host key
    // accepted since) and the secrets from the environment; withTarget false: the source only (revert).
    static std::unique_ptr<MigrationSession> openRecorded(const QCommandLineParser &parser, const QString &path,
                                                          bool withTarget, QString *error);
};

} // namespace pgcrossing

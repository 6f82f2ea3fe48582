#pragma once
#include <QString>

namespace pgcrossing {

// The built-in demo: two local PostgreSQL 15 instances with sample data, started by the app itself
// through the test sandbox's script without sshd (PGX_SANDBOX_NO_SSH=1). It listens on its own ports
// (55442/55443, or the next free ones when something else listens there; the env file names them), so it
// never collides with a test sandbox or another demo, and is stopped when the wizard that started it closes. Needs root (the script runs the servers as the postgres user), like scripts/demo.sh.
namespace DemoEnvironment {
// sandbox.sh as installed (<prefix>/share/pgcrossing/demo) or in the source tree; empty when neither exists.
QString script();
// /tmp/pgcrossing-demo (the postgres user must reach it), or $PGCROSSING_DEMO_DIR.
QString defaultDir();
// Starts (or finds running) the demo in dir; *envFile is the description the wizard reads. Blocking:
// run it off the UI thread. On failure *error holds the script's own words.
bool start(const QString &dir, QString *envFile, QString *error);
bool stop(const QString &dir, QString *error);
// The demo as new, started if it was not: the target emptied (databases, roles) and the source's databases
// made again from the seed (a write hold left on them goes with them). Blocking, like start().
bool reset(const QString &dir, QString *envFile, QString *error);
}

} // namespace pgcrossing

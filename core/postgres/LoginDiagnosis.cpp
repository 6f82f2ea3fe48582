#include "LoginDiagnosis.h"

#include "PgClient.h"
#include "remote/Shell.h"

#include <QCoreApplication>

namespace pgcrossing::LoginDiagnosis {

namespace {
// psql's exit status when the connection to the server failed (1: its own error, 3: a script error).
constexpr int kPsqlConnectionFailed = 2;
// pg_isready: 0 accepting, 1 rejecting (starting up, shutting down, recovering), 2 no response.
constexpr int kReadyAccepting = 0;
constexpr int kReadyRejecting = 1;
constexpr int kReadyNoResponse = 2;

bool toolMissing(int exitCode) { return exitCode == 126 || exitCode == 127; }

CommandResult login(const PgClient &pg, const QString &db, bool withPassword)
{
    CommandSpec spec = pg.toolSpec(QStringLiteral("psql"),
                                   {QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-q"), QStringLiteral("-At"),
                                    QStringLiteral("-c"), QStringLiteral("SELECT 1")},
                                   db,
                                   withPassword ? QCoreApplication::translate("LoginDiagnosis", "login check")
                                                : QCoreApplication::translate("LoginDiagnosis", "login check, no password"));
    if (!withPassword) {
        // No password from anywhere: not ours, not the host's environment, not its ~/.pgpass.
        spec.secret.clear();
        spec.argv = QStringList{QStringLiteral("env"), QStringLiteral("-u"), QStringLiteral("PGPASSWORD"),
                                QStringLiteral("PGPASSFILE=/nonexistent/pgcrossing-no-pgpass")}
                    + spec.argv;
    }
    return pg.shell().run(spec);
}
} // namespace

Failure diagnose(const PgClient &pg, const PgResult &failed, const QString &db)
{
    if (toolMissing(failed.exitCode))
        return Failure::ToolMissing;
    if (failed.exitCode != kPsqlConnectionFailed)
        return Failure::Unknown;

    CommandSpec ready = pg.toolSpec(QStringLiteral("pg_isready"), {QStringLiteral("-t"), QStringLiteral("10")}, db,
                                    QCoreApplication::translate("LoginDiagnosis", "is the server ready"));
    ready.secret.clear();
    const CommandResult r = pg.shell().run(ready);
    if (r.exitCode == kReadyNoResponse)
        return Failure::NotListening;
    if (r.exitCode == kReadyRejecting)
        return Failure::NotAccepting;
    if (r.exitCode != kReadyAccepting)
        return Failure::Unknown;

    const QString template1 = QStringLiteral("template1");
    const QString tried = db.isEmpty() ? pg.connection().maintenanceDb : db;
    if (tried != template1 && login(pg, template1, true).ok())
        return Failure::DatabaseMissing;

    const CommandResult bare = login(pg, tried, false);
    if (bare.ok())
        return Failure::Unknown;
    // The one message read here, and on purpose: libpq's own words on this machine's side, never the server's,
    // in the C locale every command runs in. psql exits 2 both when the server asks for a password and when
    // it refuses the user outright; nothing but this line tells the two apart.
    if (bare.exitCode == kPsqlConnectionFailed && bare.err.contains("fe_sendauth: no password supplied"))
        return pg.hasPassword() ? Failure::PasswordRejected : Failure::NoPasswordGiven;
    return bare.exitCode == kPsqlConnectionFailed ? Failure::RefusedBeforePassword : Failure::Unknown;
}

} // namespace pgcrossing::LoginDiagnosis

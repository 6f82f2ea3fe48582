#pragma once
#include <QString>

namespace pgcrossing {

class PgClient;
struct PgResult;

// Why a psql login failed, told from signals that do not depend on any language: psql's exit status
// (127/126: not there; 2: the connection failed), pg_isready's (is anything listening, does it accept
// connections), whether the same login reaches template1, and whether the server asks for a password
// at all (libpq's own client-side "fe_sendauth: no password supplied", English under the shell's pinned
// C locale). The server's own words are never read: before a login succeeds they come in the server's
// lc_messages (a zh_CN.UTF-8 server says 用户 "x" Password 认证失败), which no client can pin.
// Runs up to three read-only probes, and only after a failure.
namespace LoginDiagnosis {

enum class Failure {
    Unknown,               // not a login failure we can name (an SQL error, a broken connection…)
    ToolMissing,           // psql is not installed where the commands run
    NotListening,          // nothing answers at that host and port (or socket)
    NotAccepting,          // the server answers but accepts no connections yet (starting, recovering)
    NoPasswordGiven,       // the server asks this user for a password, and none was given
    PasswordRejected,      // the server asks this user for a password and refused the one given
    DatabaseMissing,       // the login works (on template1), the database does not let it in
    RefusedBeforePassword, // refused before any password: pg_hba.conf, or no such role under trust/peer
};

// failed: what PgClient::query(db, …) returned (its exitCode); db as given to that query.
Failure diagnose(const PgClient &pg, const PgResult &failed, const QString &db = {});

} // namespace LoginDiagnosis

} // namespace pgcrossing

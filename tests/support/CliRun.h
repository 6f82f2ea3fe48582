#pragma once
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pgcrossing::test {

// Runs the real pgcrossing-cli binary as a user would, capturing what it prints and its exit code, and
// finds the session record it wrote under sessionDir.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QString sessionDir;
    QString recordPath;
    QJsonObject record;
    QStringList secretsInArgv; // FaultChecks::runWithFault: the sandbox's secrets seen in a process's argv meanwhile

    static CliRun run(const QStringList &args, const QProcessEnvironment &env, const QString &sessionDir,
                      int timeoutMs = 600000);
    QString all() const { return out + err; }
    // Loads the newest session record under sessionDir (after a run started some other way).
    void loadRecord();
};

// Arguments that reach the sandbox's two SSH hosts, into the hosts' docker containers, with the sandbox's key.
QStringList sandboxSshArgs();
// Arguments for COMMAND between the sandbox's two clusters as local endpoints over TCP, for database db.
QStringList sandboxLocalArgs(const QString &command, const QString &db);
// cliEnv() with the sandbox's PostgreSQL password for both sides.
QProcessEnvironment sandboxPgEnv();
// Environment for the CLI (PATH etc. of this process), plus the given secrets.
QProcessEnvironment cliEnv(const QMap<QString, QString> &secrets = {});
// Runs SQL on a sandbox cluster ("src", "dst" or "scratch-NAME") over its socket as postgres; returns stdout.
QString sandboxSql(const QString &side, const QString &db, const QString &sql, bool *ok = nullptr);
// Drops database db on a sandbox cluster (WITH FORCE, if it exists); false if that failed.
bool dropSandboxDatabase(const QString &side, const QString &db);
// Creates database db (a plain identifier) afresh on the sandbox's source cluster and runs sql in it.
bool createSourceDatabase(const QString &db, const QString &sql);
// Empties the sandbox's target cluster (sandbox.sh reset-target); false if that failed.
bool resetSandboxTarget();
// Differences planted on the target's account database after a copy: a row of users gone (the counts
// differ), a table and an index only on the target.
bool plantTargetDifferences();
// The sandbox clusters' extension folder (both clusters share one installation): tests install small
// SQL-only extensions there and remove them afterwards.
QString sandboxExtensionDir();
// The jieba_search case of seed 000 §5 with a STAND-IN for pg_jieba (which cannot be built here):
// pgx_jieba_standin, SQL only, gives a parser `jieba` over PostgreSQL's built-in parser functions and its
// configuration `jiebacfg`. installJiebaStandIn() puts it in the extension folder both clusters share;
// createJiebaCase(db) makes db on the source with jieba_search (COPY = jiebacfg) and documents.content_tsv
// generated over it.
bool installJiebaStandIn();
void removeJiebaStandIn();
bool createJiebaCase(const QString &db);
// A third, throwaway cluster (sandbox.sh scratch) for what the sandbox's two must never be: on a tmpfs of
// mib MiB (0: none), with settings such as "wal_level=replica" appended. Returns its port, 0 on failure.
int startScratchCluster(const QString &name, int mib, const QStringList &settings);
void stopScratchCluster(const QString &name);
// tests/sandbox/sandbox.sh with these arguments (PGX_SANDBOX_DIR as the test got it); false with its
// stderr in *err when it failed.
bool runSandbox(const QStringList &args, QString *err = nullptr);
// A host of its own (sandbox.sh major up) at address whose postgresql-svc-plus container runs a new, empty
// cluster "major-NAME" of PostgreSQL major (16, 17, 18; binaries from npm, pg-major.sh); its port, 0 on failure
// (the reason in *err). sandboxSql("major-NAME", …) reaches it.
int startMajorHost(const QString &name, const QString &address, int major, QString *err);
void stopMajorHost(const QString &name);
// Whether any process on this machine has needle in its argv.
bool processArgvContains(const QByteArray &needle);
// DOCKER_HOST of a sandbox host's own docker engine: src, dst or an extra host NAME (sandbox.sh host up NAME).
QString dockerHost(const QString &host);
// docker ARGS against a sandbox host's engine; *out: stdout, or stderr when it failed.
bool sandboxDocker(const QString &host, const QStringList &args, QString *out = nullptr);
// The commands running in the sandbox host's container (src, dst or an extra host), by name, as `docker top`
// lists them.
QStringList containerProcesses(const QString &side);

} // namespace pgcrossing::test

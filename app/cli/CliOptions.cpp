#include "CliOptions.h"

#include "model/PlanFile.h"
#include "session/MigrationSession.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace pgcrossing {

namespace {

struct Spec {
    QStringList names;
    const char *valueName; // nullptr: a flag
    const char *help;
    int commands;
};

constexpr int kSessions = CliOptions::Check | CliOptions::Backup | CliOptions::Migrate | CliOptions::Verify;
constexpr int kEndpoints = kSessions | CliOptions::Revert;
constexpr int kCarry = CliOptions::Check | CliOptions::Migrate;            // what copying needs
constexpr int kDump = CliOptions::Check | CliOptions::Backup | CliOptions::Migrate;

const QList<Spec> &specs()
{
    static const QList<Spec> all{
        {{QStringLiteral("plan")}, "FILE", "plan file (JSON: {\"source\":…, \"target\":…, \"options\":…}, as the wizard exports it); "
                                            "the flags below override it", kSessions},
        {{QStringLiteral("source")}, "SPEC", "the source host: local | ssh://USER@HOST[:PORT]", kEndpoints},
        {{QStringLiteral("target")}, "SPEC", "the target host: local | ssh://USER@HOST[:PORT]", kSessions},
        {{QStringLiteral("source-key")}, "FILE", "SSH private key for the source host (default auth: the agent)", kEndpoints},
        {{QStringLiteral("target-key")}, "FILE", "SSH private key for the target host", kSessions},
        {{QStringLiteral("source-ssh-password")}, nullptr, "SSH password auth for the source (the password comes from "
                                                           "PGCROSSING_SOURCE_SSH_PASSWORD)", kEndpoints},
        {{QStringLiteral("target-ssh-password")}, nullptr, "SSH password auth for the target (PGCROSSING_TARGET_SSH_PASSWORD)", kSessions},
        {{QStringLiteral("known-hosts")}, "FILE", "known_hosts to check host keys against (default ~/.ssh/known_hosts)", kEndpoints},
        {{QStringLiteral("source-accept-host-key")}, "SHA256:…", "trust the source's unknown host key once you have compared "
                                                                 "it with the server's", kEndpoints},
        {{QStringLiteral("target-accept-host-key")}, "SHA256:…", "trust the target's unknown host key", kSessions},
        {{QStringLiteral("source-container")}, "NAME", "run the source's tools inside this docker/podman container", kEndpoints},
        {{QStringLiteral("target-container")}, "NAME", "run the target's tools inside this container", kSessions},
        {{QStringLiteral("container-engine")}, "docker|podman", "the container engine (default docker)", kEndpoints},
        {{QStringLiteral("source-pg-host")}, "HOST", "PostgreSQL host as the source's tools reach it (default: local socket)", kEndpoints},
        {{QStringLiteral("source-pg-port")}, "PORT", "PostgreSQL port on the source", kEndpoints},
        {{QStringLiteral("source-pg-user")}, "USER", "PostgreSQL login on the source (default postgres)", kEndpoints},
        {{QStringLiteral("source-bindir")}, "DIR", "where the source's client tools are (default: PATH)", kEndpoints},
        {{QStringLiteral("target-pg-host")}, "HOST", "PostgreSQL host as the target's tools reach it", kSessions},
        {{QStringLiteral("target-pg-port")}, "PORT", "PostgreSQL port on the target", kSessions},
        {{QStringLiteral("target-pg-user")}, "USER", "PostgreSQL login on the target (default postgres)", kSessions},
        {{QStringLiteral("target-bindir")}, "DIR", "where the target's client tools are", kSessions},
        {{QStringLiteral("db")}, "NAME[:TARGET_NAME]", "a database to carry (repeatable); default: every user database", kSessions},
        {{QStringLiteral("mode")}, "MODE", "copy | stop-write (check also takes backup); default copy", kCarry},
        {{QStringLiteral("hold-writes")}, nullptr, "stop-write: make the source read-only and end other sessions (undo: revert)", kCarry},
        {{QStringLiteral("replace")}, nullptr, "rename an existing target database aside instead of refusing", kCarry},
        {{QStringLiteral("no-roles")}, nullptr, "do not create missing roles on the target (backup: no roles file)", kDump},
        {{QStringLiteral("no-owner")}, nullptr, "restore without ownership (objects owned by the target user)", kCarry},
        {{QStringLiteral("owner")}, "ROLE", "restore without ownership, everything owned by ROLE (a role on the target)", kCarry},
        {{QStringLiteral("fix-text-search")}, nullptr, "carry text-search configurations over an extension's parser (pg_jieba) "
                                                       "apart: lent to their extension on the source for the dump's length, "
                                                       "then given back", kCarry},
        {{QStringLiteral("long-transaction-minutes")}, "N", "name transactions open this long as long (default 5)", kDump},
        {{QStringLiteral("min-target-version")}, "N", "refuse a target older than PostgreSQL N (default: the source's major)", kCarry},
        {{QStringLiteral("reindex")}, nullptr, "REINDEX each database on the target after the restore (ANALYZE always runs)", kCarry},
        {{QStringLiteral("no-exit-on-error")}, nullptr, "let pg_restore go on after an error (errors are counted as warnings)", kCarry},
        {{QStringLiteral("compress")}, "N", "pg_dump compression level 0-9 (default 0: fast links)", kDump},
        {{QStringLiteral("transfer")}, "stream|files", "stream the dump through this machine (default), or dump to a file on the "
                                                       "source host, copy it to the target host (sha256 checked) and restore "
                                                       "from it; the files stay as rollback artifacts", kCarry},
        {{QStringLiteral("dump-dir")}, "DIR", "absolute folder on the hosts for dump files (default /var/tmp/pgcrossing)", kDump},
        {{QStringLiteral("backup-dir")}, "DIR", "where backup writes its files on this machine", CliOptions::Check | CliOptions::Backup},
        {{QStringLiteral("backup-on-source")}, nullptr, "keep the backup files on the source host instead (under --dump-dir)",
         CliOptions::Check | CliOptions::Backup},
        {{QStringLiteral("strict")}, "TABLE", "db.schema.table also compared by sha256 ordered by primary key (repeatable)",
         CliOptions::Check | CliOptions::Migrate | CliOptions::Verify},
        {{QStringLiteral("verify-query")}, "[DB:]NAME=SQL", "a check of your own: SQL run read-only on both sides after the "
                                                           "tables, whose results must be the same (repeatable; DB: only in that database)",
         CliOptions::Check | CliOptions::Migrate | CliOptions::Verify},
        {{QStringLiteral("json")}, nullptr, "print the verification as JSON on stdout (the session record's "
                                            "\"verification\"), for automation; the checklist goes to stderr then", CliOptions::Verify},
        {{QStringLiteral("no-verify")}, nullptr, "do not verify after copying", kCarry},
        {{QStringLiteral("online-readiness")}, nullptr, "also check what an online (logical replication) migration would need: "
                                                        "wal_level, slots, WAL senders, replica identities, large objects, "
                                                        "unlogged tables", CliOptions::Check},
        {{QStringLiteral("resume")}, "RECORD", "continue a failed or cancelled session (its session.json) from its first "
                                               "unfinished step", CliOptions::Backup | CliOptions::Migrate | CliOptions::Verify},
        {{QStringLiteral("session")}, "RECORD", "the session (its session.json) to act on; verify: compare its databases again",
         CliOptions::Verify | CliOptions::Revert},
        {{QStringLiteral("session-dir")}, "DIR", "where the record and reports go (default: the app's data folder)", kSessions},
        {{QStringLiteral("verbose")}, nullptr, "also print the tools' own output", kEndpoints},
    };
    return all;
}

// Whether the option was given. Never isSet()/value() on an option this command's parser does not hold:
// Qt warns about those on stderr.
bool found(const QCommandLineParser &p, const QString &name) { return p.optionNames().contains(name); }
QString val(const QCommandLineParser &p, const QString &name) { return found(p, name) ? p.value(name) : QString(); }

bool number(const QCommandLineParser &p, const QString &name, int low, int high, int *out, const QString &hint, QString *error)
{
    if (!found(p, name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < low || v > high) {
        *error = QStringLiteral("--%1 %2: %3").arg(name, p.value(name), hint);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

void CliOptions::addTo(QCommandLineParser &parser, Command command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("print this command's options")));
    for (const Spec &s : specs()) {
        if (!(s.commands & command))
            continue;
        QCommandLineOption o(s.names, QString::fromUtf8(s.help));
        if (s.valueName)
            o.setValueName(QString::fromUtf8(s.valueName));
        parser.addOption(o);
    }
}

int CliOptions::commandsTaking(const QString &name)
{
    int mask = 0;
    for (const Spec &s : specs())
        if (s.names.contains(name))
            mask |= s.commands;
    return mask;
}

bool CliOptions::endpoint(const QCommandLineParser &p, const QString &side, Endpoint *e, QString *error)
{
    const auto opt = [&](const char *name) { return val(p, side + QLatin1Char('-') + QLatin1String(name)); };
    const auto has = [&](const QString &n) { return found(p, n); };
    const QString spec = val(p, side);
    if (spec == QLatin1String("local")) {
        e->kind = Endpoint::Kind::Local;
    } else if (spec.startsWith(QLatin1String("ssh://"))) {
        QString rest = spec.mid(6);
        e->kind = Endpoint::Kind::Ssh;
        if (rest.contains(QLatin1Char('@'))) {
            e->ssh.user = rest.section(QLatin1Char('@'), 0, 0);
            rest = rest.section(QLatin1Char('@'), 1);
        }
        e->ssh.host = rest.section(QLatin1Char(':'), 0, 0);
        e->ssh.port = rest.contains(QLatin1Char(':')) ? rest.section(QLatin1Char(':'), 1).toInt() : 22;
        if (e->ssh.host.isEmpty() || e->ssh.port <= 0) {
            *error = QStringLiteral("--%1 %2: expected ssh://USER@HOST[:PORT]").arg(side, spec);
            return false;
        }
    } else if (!spec.isEmpty()) {
        *error = QStringLiteral("--%1 %2: expected local or ssh://USER@HOST[:PORT]").arg(side, spec);
        return false;
    }
    if (!opt("key").isEmpty()) {
        e->ssh.auth = SshConfig::Auth::KeyFile;
        e->ssh.keyFile = opt("key");
    }
    if (has(side + QStringLiteral("-ssh-password")))
        e->ssh.auth = SshConfig::Auth::Password;
    if (has(QStringLiteral("known-hosts")))
        e->ssh.knownHostsFile = val(p, QStringLiteral("known-hosts"));
    if (!opt("accept-host-key").isEmpty())
        e->ssh.acceptFingerprint = opt("accept-host-key");
    if (!opt("container").isEmpty()) {
        e->container = opt("container");
        e->containerEngine = has(QStringLiteral("container-engine")) ? val(p, QStringLiteral("container-engine")) : QStringLiteral("docker");
    }
    if (!opt("pg-host").isEmpty())
        e->pg.host = opt("pg-host");
    if (!opt("pg-port").isEmpty()) {
        bool ok = false;
        e->pg.port = opt("pg-port").toInt(&ok);
        if (!ok || e->pg.port <= 0 || e->pg.port > 65535) {
            *error = QStringLiteral("--%1-pg-port %2: give a port number").arg(side, opt("pg-port"));
            return false;
        }
    }
    if (!opt("pg-user").isEmpty())
        e->pg.user = opt("pg-user");
    if (!opt("bindir").isEmpty())
        e->pg.binDir = opt("bindir");
    return true;
}

bool CliOptions::plan(const QCommandLineParser &p, Endpoint *source, Endpoint *target, PlanOptions *o, QString *error)
{
    const auto has = [&](const char *n) { return found(p, QLatin1String(n)); };
    const auto value = [&](const char *n) { return val(p, QLatin1String(n)); };
    if (has("plan")) {
        PlanFile plan;
        if (!PlanFile::load(value("plan"), &plan, error))
            return false;
        *source = plan.source;
        *target = plan.target;
        *o = plan.options;
    }
    if (!endpoint(p, QStringLiteral("source"), source, error) || !endpoint(p, QStringLiteral("target"), target, error))
        return false;
    if (has("mode")) {
        if (!PlanOptions::parseMode(value("mode"), &o->mode) || o->mode == PlanOptions::Mode::VerifyOnly) {
            *error = QStringLiteral("--mode %1: use copy or stop-write (or the backup command)").arg(value("mode"));
            return false;
        }
    }
    const QStringList dbs = has("db") ? p.values(QStringLiteral("db")) : QStringList();
    if (!dbs.isEmpty()) {
        o->databases.clear();
        for (const QString &d : dbs) {
            // NAME or NAME:TARGET; a name holding ':' can be given through the plan file.
            const qsizetype colon = d.lastIndexOf(QLatin1Char(':'));
            o->databases << (colon > 0 ? DatabaseMapping{d.left(colon), d.mid(colon + 1)} : DatabaseMapping{d, d});
        }
    }
    const auto flag = has;
    if (flag("hold-writes"))
        o->holdWrites = true;
    if (flag("replace"))
        o->replaceExisting = true;
    if (flag("no-roles"))
        o->includeGlobals = false;
    if (flag("no-owner"))
        o->noOwner = true;
    if (!value("owner").isEmpty()) {
        o->owner = value("owner");
        o->noOwner = true;
    }
    if (flag("fix-text-search"))
        o->fixTextSearch = true;
    if (flag("reindex"))
        o->reindex = true;
    if (!number(p, QStringLiteral("long-transaction-minutes"), 0, 100000, &o->longTransactionMinutes,
                QStringLiteral("give a number of minutes (0 or more)"), error) ||
        !number(p, QStringLiteral("min-target-version"), 9, 99, &o->minTargetMajor,
                QStringLiteral("give a PostgreSQL major version such as 16"), error) ||
        !number(p, QStringLiteral("compress"), 0, 9, &o->compression, QStringLiteral("give a level from 0 to 9"), error))
        return false;
    if (flag("no-exit-on-error"))
        o->exitOnError = false;
    if (flag("no-verify"))
        o->verify = false;
    if (has("transfer")) {
        const QString t = value("transfer");
        if (t != QLatin1String("stream") && t != QLatin1String("files")) {
            *error = QStringLiteral("--transfer %1: use stream or files").arg(t);
            return false;
        }
        o->transfer = t == QLatin1String("files") ? PlanOptions::Transfer::Files : PlanOptions::Transfer::Stream;
    }
    if (has("dump-dir")) {
        o->dumpDir = value("dump-dir");
        if (!o->dumpDir.startsWith(QLatin1Char('/'))) {
            *error = QStringLiteral("--dump-dir %1: give an absolute path (it is used on both hosts)").arg(o->dumpDir);
            return false;
        }
    }
    if (flag("backup-on-source"))
        o->backupOnSourceHost = true;
    if (has("backup-dir"))
        o->backupDir = QDir(value("backup-dir")).absolutePath();
    if (has("strict"))
        o->strictTables += p.values(QStringLiteral("strict"));
    // Only where the command has the option: Qt warns on stderr about one its parser does not hold (backup).
    const QStringList ownQueries = has("verify-query") ? p.values(QStringLiteral("verify-query")) : QStringList();
    for (const QString &spec : ownQueries) {
        VerifyQuery q;
        if (!VerifyQuery::parse(spec, &q, error)) {
            *error = QStringLiteral("--verify-query: ") + *error;
            return false;
        }
        o->verifyQueries << q;
    }
    if (o->holdWrites && o->mode != PlanOptions::Mode::StopWrite) {
        *error = QStringLiteral("--hold-writes goes with --mode stop-write");
        return false;
    }
    return true;
}

EndpointSecrets CliOptions::secrets(const QString &side, QString *error)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    auto read = [&](const QString &name) -> QByteArray {
        const QString var = QStringLiteral("PGCROSSING_%1_%2").arg(side.toUpper(), name);
        if (env.contains(var))
            return env.value(var).toUtf8();
        if (env.contains(var + QStringLiteral("_FILE"))) {
            QFile f(env.value(var + QStringLiteral("_FILE")));
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read %1 (from %2_FILE): %3").arg(f.fileName(), var, f.errorString());
                return {};
            }
            QByteArray v = f.readAll();
            while (v.endsWith('\n') || v.endsWith('\r'))
                v.chop(1);
            return v;
        }
        return {};
    };
    EndpointSecrets s;
    s.pgPassword = read(QStringLiteral("PGPASSWORD"));
    s.sshPassword = read(QStringLiteral("SSH_PASSWORD"));
    s.keyPassphrase = read(QStringLiteral("KEY_PASSPHRASE"));
    return s;
}

std::unique_ptr<MigrationSession> CliOptions::openRecorded(const QCommandLineParser &parser, const QString &path,
                                                          bool withTarget, QString *error)
{
    const EndpointSecrets srcSecrets = secrets(QStringLiteral("source"), error);
    const EndpointSecrets dstSecrets = withTarget ? secrets(QStringLiteral("target"), error) : EndpointSecrets{};
    SessionRecord record;
    if (!error->isEmpty() || !SessionRecord::load(path, &record, error) ||
        !endpoint(parser, QStringLiteral("source"), &record.source, error) ||
        (withTarget && !endpoint(parser, QStringLiteral("target"), &record.target, error)))
        return nullptr;
    return MigrationSession::open(path, srcSecrets, dstSecrets, error, &record.source, withTarget ? &record.target : nullptr);
}

} // namespace pgcrossing

#include "CliApp.h"

#include "migration/PlanBuilder.h"
#include "migration/Runner.h"
#include "session/SessionFactory.h"
#include "migration/steps/ReleaseHoldsStep.h"
#include "history/SessionHistory.h"
#include "model/PlanFile.h"
#include "session/MigrationSession.h"
#include "model/SessionRecord.h"
#include "preflight/LogicalReplicationCheck.h"
#include "preflight/PreflightRunner.h"
#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <csignal>
#include <cstdio>

namespace pgcrossing {

namespace {

Runner *g_runner = nullptr;
void onSignal(int)
{
    if (g_runner)
        g_runner->cancel(); // sets an atomic flag: safe in a signal handler
}

void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

const char *kUsage = R"(usage: pgcrossing-cli COMMAND [options]

Commands:
  check     run the preflight checks and print the checklist
  backup    dump the databases (pg_dump -Fc) and roles to files on this machine
  migrate   copy (or stop-write migrate) the databases from source to target, then verify
  verify    compare source and target databases table by table
  revert    undo the changes a session made on the source (--session RECORD.json)

Plan:
  --plan FILE                 plan file (JSON: {"source":…, "target":…, "options":…}); flags below override it
  --source SPEC, --target SPEC   local | ssh://USER@HOST[:PORT]
  --source-key FILE, --target-key FILE       SSH private key (auth by key); default auth: agent
  --source-ssh-password, --target-ssh-password   SSH password auth (the password itself comes from the environment)
  --known-hosts FILE          known_hosts to check host keys against (default ~/.ssh/known_hosts)
  --source-accept-host-key SHA256:…, --target-accept-host-key SHA256:…
                              trust this (unknown) host key once you have compared it with the server's
  --source-container NAME, --target-container NAME   run the tools inside this docker container
  --container-engine docker|podman
  --source-pg-host H, --source-pg-port P, --source-pg-user U, --source-bindir DIR (and --target-…)
  --db NAME[:TARGET_NAME]     a database to carry (repeatable); default: every user database
  --mode copy|stop-write      (migrate, check) default copy; check also takes backup
  --hold-writes               stop-write: make the source read-only and end other sessions (undo: revert)
  --replace                   rename an existing target database aside instead of refusing
  --no-roles                  do not create missing roles on the target
  --no-owner                  restore without ownership (objects owned by the target user)
  --owner ROLE                restore without ownership, everything owned by ROLE (a role on the target)
  --fix-text-search           carry text-search configurations over an extension's parser (pg_jieba) apart:
                              lent to their extension on the source for the dump's length, then given back
  --long-transaction-minutes N   check: name transactions open this long as long (default 5)
  --min-target-version N      refuse a target older than PostgreSQL N (default: the source's major version)
  --reindex                   REINDEX each database on the target after the restore (ANALYZE always runs)
  --no-exit-on-error          let pg_restore go on after an error (errors are counted as warnings)
  --compress N                pg_dump compression level for the stream (default 0: fast links)
  --transfer stream|files     stream the dump through this machine (default), or dump to a file on the
                              source host, copy it to the target host (sha256 checked) and restore from it;
                              the files stay as rollback artifacts
  --dump-dir DIR              (--transfer files) absolute folder on both hosts, default /var/tmp/pgcrossing
  --backup-dir DIR            where backup writes its files on this machine
  --backup-on-source          backup: keep the files on the source host instead (under --dump-dir)
  --strict TABLE              db.schema.table also compared by sha256 ordered by primary key (repeatable)
  --no-verify                 migrate without verifying afterwards
  --resume RECORD.json        continue a failed or cancelled session from its first unfinished step
  --session RECORD.json       (revert, verify) the session to act on
  --session-dir DIR           where the record and reports go (default: the app's data folder)
  --online-readiness          (check) also check what an online (logical replication) migration would need:
                              wal_level, slots, WAL senders, replica identities, large objects, unlogged tables
  --verbose                   also print the tools' own output

Secrets never go on the command line. They are read from the environment:
  PGCROSSING_SOURCE_PGPASSWORD, PGCROSSING_TARGET_PGPASSWORD       PostgreSQL passwords
  PGCROSSING_SOURCE_SSH_PASSWORD, PGCROSSING_TARGET_SSH_PASSWORD   SSH passwords
  PGCROSSING_SOURCE_KEY_PASSPHRASE, PGCROSSING_TARGET_KEY_PASSPHRASE
(or from files named by the same variables with a _FILE suffix).

Exit codes: 0 success · 1 bad input · 2 a preflight blocker failed · 3 the session failed ·
            4 verification found differences · 5 cancelled
)";

} // namespace

QString CliApp::option(const QString &name) const
{
    const QStringList v = values(name);
    return v.isEmpty() ? QString() : v.last();
}

QStringList CliApp::values(const QString &name) const
{
    QStringList out;
    const QString key = QStringLiteral("--") + name;
    for (int i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == key && i + 1 < m_args.size())
            out << m_args[++i];
        else if (m_args[i].startsWith(key + QLatin1Char('=')))
            out << m_args[i].mid(key.size() + 1);
    }
    return out;
}

bool CliApp::flag(const QString &name) const
{
    return m_args.contains(QStringLiteral("--") + name);
}

bool CliApp::loadPlan(const QString &path)
{
    PlanFile plan;
    QString error;
    if (!PlanFile::load(path, &plan, &error)) {
        err(error);
        return false;
    }
    m_source = plan.source;
    m_target = plan.target;
    m_options = plan.options;
    return true;
}

bool CliApp::applyEndpointFlags(const QString &side, Endpoint *e)
{
    const QString spec = option(side);
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
            err(QStringLiteral("--%1 %2: expected ssh://USER@HOST[:PORT]").arg(side, spec));
            return false;
        }
    } else if (!spec.isEmpty()) {
        err(QStringLiteral("--%1 %2: expected local or ssh://USER@HOST[:PORT]").arg(side, spec));
        return false;
    }
    if (!option(side + QStringLiteral("-key")).isEmpty()) {
        e->ssh.auth = SshConfig::Auth::KeyFile;
        e->ssh.keyFile = option(side + QStringLiteral("-key"));
    }
    if (flag(side + QStringLiteral("-ssh-password")))
        e->ssh.auth = SshConfig::Auth::Password;
    if (!option(QStringLiteral("known-hosts")).isEmpty())
        e->ssh.knownHostsFile = option(QStringLiteral("known-hosts"));
    e->ssh.acceptFingerprint = option(side + QStringLiteral("-accept-host-key"));
    if (!option(side + QStringLiteral("-container")).isEmpty()) {
        e->container = option(side + QStringLiteral("-container"));
        e->containerEngine = option(QStringLiteral("container-engine"));
        if (e->containerEngine.isEmpty())
            e->containerEngine = QStringLiteral("docker");
    }
    if (!option(side + QStringLiteral("-pg-host")).isEmpty())
        e->pg.host = option(side + QStringLiteral("-pg-host"));
    if (!option(side + QStringLiteral("-pg-port")).isEmpty())
        e->pg.port = option(side + QStringLiteral("-pg-port")).toInt();
    if (!option(side + QStringLiteral("-pg-user")).isEmpty())
        e->pg.user = option(side + QStringLiteral("-pg-user"));
    if (!option(side + QStringLiteral("-bindir")).isEmpty())
        e->pg.binDir = option(side + QStringLiteral("-bindir"));
    return true;
}

EndpointSecrets CliApp::secretsFor(const QString &side, QString *error) const
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

QString CliApp::sessionDirFor(const SessionRecord &record) const
{
    QString base = option(QStringLiteral("session-dir"));
    if (base.isEmpty())
        base = MigrationSession::defaultSessionsRoot();
    return QDir(base).filePath(record.id);
}

int CliApp::writeReports(const SessionRecord &record, const QString &dir) const
{
    QStringList written;
    QString error;
    if (!ReportRenderer::write(record.toJson(), QDir(dir).filePath(QStringLiteral("report")), &written, &error)) {
        err(QStringLiteral("cannot write the reports: %1").arg(error));
        return Failed;
    }
    for (const QString &w : written)
        err(QStringLiteral("report: %1").arg(w));
    // The wizard's Start page lists it with the others.
    if (!SessionHistory::remember(record, QDir(dir).filePath(QStringLiteral("session.json")), &error))
        err(QStringLiteral("warning: the session is not listed in the history: %1").arg(error));
    return Ok;
}

int CliApp::run(const QStringList &all)
{
    const QStringList args = all.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("pgcrossing-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QString command = args.first();
    m_args = args.mid(1);
    m_verbose = flag(QStringLiteral("verbose"));
    static const QStringList commands{QStringLiteral("check"), QStringLiteral("backup"), QStringLiteral("migrate"),
                                      QStringLiteral("verify"), QStringLiteral("revert")};
    if (!commands.contains(command)) {
        err(QStringLiteral("unknown command \"%1\"; run pgcrossing-cli --help").arg(command));
        return Usage;
    }
    if (command == QLatin1String("revert"))
        return revert();
    return runSession(command);
}

int CliApp::runSession(const QString &command)
{
    SessionRecord record;
    const QString resume = option(QStringLiteral("resume"));
    if (!resume.isEmpty()) {
        QString error;
        if (!SessionRecord::load(resume, &record, &error)) {
            err(error);
            return Usage;
        }
        m_source = record.source;
        m_target = record.target;
        m_options = record.options;
        // Host key acceptance and a newly given known_hosts still apply to a resumed session.
        if (!applyEndpointFlags(QStringLiteral("source"), &m_source) || !applyEndpointFlags(QStringLiteral("target"), &m_target))
            return Usage;
        record.source = m_source;
        record.target = m_target;
    } else {
        if (!option(QStringLiteral("plan")).isEmpty() && !loadPlan(option(QStringLiteral("plan"))))
            return Usage;
        if (!applyEndpointFlags(QStringLiteral("source"), &m_source) || !applyEndpointFlags(QStringLiteral("target"), &m_target))
            return Usage;
        if (command == QLatin1String("backup")) {
            m_options.mode = PlanOptions::Mode::BackupOnly;
        } else if ((command == QLatin1String("migrate") || command == QLatin1String("check")) &&
                   !option(QStringLiteral("mode")).isEmpty()) {
            // check takes the mode too: what it checks depends on it (writers, files, disks).
            if (!PlanOptions::parseMode(option(QStringLiteral("mode")), &m_options.mode) ||
                (m_options.mode == PlanOptions::Mode::BackupOnly && command == QLatin1String("migrate"))) {
                err(QStringLiteral("--mode %1: use copy or stop-write (or the backup command)").arg(option(QStringLiteral("mode"))));
                return Usage;
            }
        }
        const QStringList dbs = values(QStringLiteral("db"));
        if (!dbs.isEmpty()) {
            m_options.databases.clear();
            for (const QString &d : dbs) {
                // NAME or NAME:TARGET; a name holding ':' can be given through the plan file.
                const qsizetype colon = d.lastIndexOf(QLatin1Char(':'));
                m_options.databases << (colon > 0 ? DatabaseMapping{d.left(colon), d.mid(colon + 1)} : DatabaseMapping{d, d});
            }
        }
        if (flag(QStringLiteral("hold-writes")))
            m_options.holdWrites = true;
        if (flag(QStringLiteral("replace")))
            m_options.replaceExisting = true;
        if (flag(QStringLiteral("no-roles")))
            m_options.includeGlobals = false;
        if (flag(QStringLiteral("no-owner")))
            m_options.noOwner = true;
        if (!option(QStringLiteral("owner")).isEmpty()) {
            m_options.owner = option(QStringLiteral("owner"));
            m_options.noOwner = true;
        }
        if (flag(QStringLiteral("fix-text-search")))
            m_options.fixTextSearch = true;
        if (flag(QStringLiteral("reindex")))
            m_options.reindex = true;
        if (!option(QStringLiteral("long-transaction-minutes")).isEmpty()) {
            bool ok = false;
            m_options.longTransactionMinutes = option(QStringLiteral("long-transaction-minutes")).toInt(&ok);
            if (!ok || m_options.longTransactionMinutes < 0) {
                err(QStringLiteral("--long-transaction-minutes %1: give a number of minutes (0 or more)")
                        .arg(option(QStringLiteral("long-transaction-minutes"))));
                return Usage;
            }
        }
        if (!option(QStringLiteral("min-target-version")).isEmpty()) {
            bool ok = false;
            m_options.minTargetMajor = option(QStringLiteral("min-target-version")).toInt(&ok);
            if (!ok || m_options.minTargetMajor < 9 || m_options.minTargetMajor > 99) {
                err(QStringLiteral("--min-target-version %1: give a PostgreSQL major version such as 16")
                        .arg(option(QStringLiteral("min-target-version"))));
                return Usage;
            }
        }
        if (flag(QStringLiteral("no-exit-on-error")))
            m_options.exitOnError = false;
        if (flag(QStringLiteral("no-verify")))
            m_options.verify = false;
        if (!option(QStringLiteral("compress")).isEmpty())
            m_options.compression = qBound(0, option(QStringLiteral("compress")).toInt(), 9);
        if (!option(QStringLiteral("transfer")).isEmpty()) {
            const QString t = option(QStringLiteral("transfer"));
            if (t != QLatin1String("stream") && t != QLatin1String("files")) {
                err(QStringLiteral("--transfer %1: use stream or files").arg(t));
                return Usage;
            }
            m_options.transfer = t == QLatin1String("files") ? PlanOptions::Transfer::Files : PlanOptions::Transfer::Stream;
        }
        if (!option(QStringLiteral("dump-dir")).isEmpty()) {
            m_options.dumpDir = option(QStringLiteral("dump-dir"));
            if (!m_options.dumpDir.startsWith(QLatin1Char('/'))) {
                err(QStringLiteral("--dump-dir %1: give an absolute path (it is used on both hosts)").arg(m_options.dumpDir));
                return Usage;
            }
        }
        if (flag(QStringLiteral("backup-on-source")))
            m_options.backupOnSourceHost = true;
        if (!option(QStringLiteral("backup-dir")).isEmpty())
            m_options.backupDir = QDir(option(QStringLiteral("backup-dir"))).absolutePath();
        m_options.strictTables += values(QStringLiteral("strict"));
        if (flag(QStringLiteral("online-readiness")) && command != QLatin1String("check")) {
            err(QStringLiteral("--online-readiness goes with the check command"));
            return Usage;
        }
        if (m_options.holdWrites && m_options.mode != PlanOptions::Mode::StopWrite) {
            err(QStringLiteral("--hold-writes goes with --mode stop-write"));
            return Usage;
        }
        record = SessionRecord::create(m_source, m_target, m_options);
    }

    QString error;
    const EndpointSecrets srcSecrets = secretsFor(QStringLiteral("source"), &error);
    const EndpointSecrets dstSecrets = secretsFor(QStringLiteral("target"), &error);
    if (!error.isEmpty()) {
        err(error);
        return Usage;
    }
    const QString dir = sessionDirFor(record);
    if (!QDir().mkpath(dir)) {
        err(QStringLiteral("cannot create the session folder %1").arg(dir));
        return Usage;
    }
    const QString recordPath = QDir(dir).filePath(QStringLiteral("session.json"));
    auto ctx = SessionFactory::create(record, srcSecrets, dstSecrets, dir);
    ctx->onLog = [this](StepContext::Level level, const QString &text) {
        if (level != StepContext::Level::Output || m_verbose)
            err(text);
    };

    // Preflight: read-only; a failed blocker stops here and touches nothing.
    if (resume.isEmpty()) {
        if (command == QLatin1String("verify"))
            m_options.mode = PlanOptions::Mode::Copy; // the databases must exist on both sides, names may be taken
        PreflightRunner preflight(ctx->source, ctx->target, m_options);
        preflight.setSessionDir(dir);
        QList<CheckResult> checks = preflight.run();
        if (command == QLatin1String("check") && flag(QStringLiteral("online-readiness")))
            checks << LogicalReplicationCheck::run(*ctx->source, *ctx->target, preflight.resolvedOptions().databases);
        if (command == QLatin1String("verify")) {
            // Verifying only reads both sides: what a copy would need (free names, room, rights to create,
            // roles, the text-search fix-up) does not apply. Both servers answer and the databases exist.
            static const QStringList kForVerify{QStringLiteral("source.connect"), QStringLiteral("target.connect"),
                                                QStringLiteral("source.databases")};
            checks.erase(std::remove_if(checks.begin(), checks.end(),
                                        [](const CheckResult &c) { return !kForVerify.contains(c.id); }),
                         checks.end());
        }
        QJsonArray json;
        bool blocked = false;
        for (const CheckResult &c : checks) {
            json.append(c.toJson());
            blocked = blocked || c.blocks();
            const QString mark = c.status == CheckResult::Status::Passed ? QStringLiteral("PASS")
                                 : c.blocks()                            ? QStringLiteral("FAIL")
                                                                         : QStringLiteral("WARN");
            std::printf("%s  %-45s %s\n", qPrintable(mark), qPrintable(c.title), qPrintable(c.found));
            if (c.status != CheckResult::Status::Passed && !c.expected.isEmpty())
                std::printf("      needed: %s\n", qPrintable(c.expected));
            if (c.status != CheckResult::Status::Passed && !c.remedy.isEmpty())
                std::printf("      remedy: %s\n", qPrintable(c.remedy));
            // An unknown host key: the CLI's way to trust it, once the user compared the fingerprint.
            const qsizetype fp = c.found.indexOf(QLatin1String("SHA256:"));
            if (c.blocks() && fp >= 0 && c.id.endsWith(QLatin1String(".connect")) && !c.found.contains(QLatin1String("changed"), Qt::CaseInsensitive)) {
                const QString print = c.found.mid(fp).section(QLatin1Char(' '), 0, 0).remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9+/:=]")));
                std::printf("      if it matches the server's key: --%s-accept-host-key %s\n",
                            qPrintable(c.id.section(QLatin1Char('.'), 0, 0)), qPrintable(print));
            }
        }
        std::fflush(stdout);
        m_options = preflight.resolvedOptions();
        ctx->update([&](SessionRecord &r) {
            r.preflight = json;
            r.options = m_options;
        });
        if (blocked) {
            ctx->update([](SessionRecord &r) {
                r.outcome = SessionOutcome::Failed;
                r.outcomeMessage = QStringLiteral("a preflight check failed; nothing was changed");
                r.finishedAt = QDateTime::currentDateTimeUtc();
            });
            ctx->snapshot().save(recordPath);
            err(QStringLiteral("preflight: a blocker failed; nothing was changed. Record: %1").arg(recordPath));
            return Blocked;
        }
        if (command == QLatin1String("check"))
            return Ok;
    }

    Plan plan = command == QLatin1String("verify") ? PlanBuilder::buildVerifyOnly(m_options) : PlanBuilder::build(m_options, dir);
    Runner runner(std::move(plan), ctx, recordPath);
    SessionOutcome outcome = SessionOutcome::Running;
    QObject::connect(&runner, &Runner::logLine, [this](int level, const QString &text) {
        if (level != int(StepContext::Level::Output) || m_verbose)
            err(text);
    });
    QObject::connect(&runner, &Runner::finished, [&](SessionOutcome o, const QString &) {
        outcome = o;
        QCoreApplication::quit();
    });
    // The runner's thread emits through the event loop; log lines come from the context directly.
    ctx->onLog = nullptr;
    g_runner = &runner;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    err(QStringLiteral("session %1 — record: %2").arg(record.id, recordPath));
    runner.start();
    QCoreApplication::exec();
    runner.wait();
    g_runner = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const SessionRecord final = ctx->snapshot();
    final.save(recordPath);
    writeReports(final, dir);
    const VerificationVerdict verdict = final.verification.verdict;
    err(QStringLiteral("outcome: %1%2").arg(codeOf(outcome), final.outcomeMessage.isEmpty() ? QString() : QStringLiteral(" — ") + final.outcomeMessage));
    if (verdict != VerificationVerdict::NotVerified)
        err(QStringLiteral("verification: %1").arg(codeOf(verdict)));
    if (outcome == SessionOutcome::Cancelled)
        return Cancelled;
    if (outcome == SessionOutcome::Failed)
        return verdict == VerificationVerdict::Different ? Different : Failed;
    return Ok;
}

int CliApp::revert()
{
    const QString path = option(QStringLiteral("session"));
    if (path.isEmpty()) {
        err(QStringLiteral("revert needs --session RECORD.json (the session.json of the migration)"));
        return Usage;
    }
    SessionRecord record;
    QString error;
    if (!SessionRecord::load(path, &record, &error)) {
        err(error);
        return Usage;
    }
    m_source = record.source;
    if (!applyEndpointFlags(QStringLiteral("source"), &m_source))
        return Usage;
    record.source = m_source;
    const EndpointSecrets srcSecrets = secretsFor(QStringLiteral("source"), &error);
    if (!error.isEmpty()) {
        err(error);
        return Usage;
    }
    auto ctx = SessionFactory::create(record, srcSecrets, EndpointSecrets{}, QFileInfo(path).absolutePath());
    ctx->onRecordChanged = [&] { ctx->snapshot().save(path); };
    ctx->onLog = [](StepContext::Level, const QString &text) { err(text); };
    ReleaseHoldsStep step;
    const StepResult res = step.run(*ctx);
    err(QStringLiteral("%1: %2").arg(res.succeeded() ? QStringLiteral("revert") : QStringLiteral("revert FAILED"), res.message));
    if (!res.details.isEmpty())
        err(res.details);
    ctx->snapshot().save(path);
    return res.succeeded() ? Ok : Failed;
}

} // namespace pgcrossing

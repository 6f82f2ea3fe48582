#include "CliRun.h"

#include "Sandbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace pgcrossing::test {

CliRun CliRun::run(const QStringList &args, const QProcessEnvironment &env, const QString &sessionDir, int timeoutMs)
{
    CliRun r;
    r.sessionDir = sessionDir;
    QProcess p;
    p.setProcessEnvironment(env);
    QStringList full = args;
    if (!sessionDir.isEmpty())
        full << QStringLiteral("--session-dir") << sessionDir;
    p.start(QStringLiteral(PGX_CLI_PATH), full);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.loadRecord();
    return r;
}

void CliRun::loadRecord()
{
    CliRun &r = *this;
    // The newest session.json under sessionDir.
    QDateTime newest;
    QDirIterator it(sessionDir, {QStringLiteral("session.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QDateTime t = QFileInfo(f).lastModified();
        if (!newest.isValid() || t > newest) {
            newest = t;
            r.recordPath = f;
        }
    }
    if (!r.recordPath.isEmpty()) {
        QFile f(r.recordPath);
        if (f.open(QIODevice::ReadOnly))
            r.record = QJsonDocument::fromJson(f.readAll()).object();
    }
}

QStringList sandboxSshArgs()
{
    const Sandbox &s = Sandbox::instance();
    const QString port = s.value(QStringLiteral("PGX_SSH_PORT"));
    const QString user = s.value(QStringLiteral("PGX_SSH_USER"));
    return {QStringLiteral("--source"), QStringLiteral("ssh://%1@%2:%3").arg(user, s.value(QStringLiteral("PGX_SRC_SSH_HOST")), port),
            QStringLiteral("--target"), QStringLiteral("ssh://%1@%2:%3").arg(user, s.value(QStringLiteral("PGX_DST_SSH_HOST")), port),
            QStringLiteral("--source-key"), s.value(QStringLiteral("PGX_SSH_KEY")),
            QStringLiteral("--target-key"), s.value(QStringLiteral("PGX_SSH_KEY")),
            QStringLiteral("--known-hosts"), s.value(QStringLiteral("PGX_SSH_KNOWN_HOSTS")),
            QStringLiteral("--source-container"), s.value(QStringLiteral("PGX_CONTAINER")),
            QStringLiteral("--target-container"), s.value(QStringLiteral("PGX_CONTAINER"))};
}

QStringList sandboxLocalArgs(const QString &command, const QString &db)
{
    const Sandbox &s = Sandbox::instance();
    return {command, QStringLiteral("--source"), QStringLiteral("local"), QStringLiteral("--target"), QStringLiteral("local"),
            QStringLiteral("--source-pg-host"), s.value(QStringLiteral("PGX_PG_HOST")), QStringLiteral("--source-pg-port"),
            s.value(QStringLiteral("PGX_SRC_PGPORT")), QStringLiteral("--target-pg-host"), s.value(QStringLiteral("PGX_PG_HOST")),
            QStringLiteral("--target-pg-port"), s.value(QStringLiteral("PGX_DST_PGPORT")), QStringLiteral("--source-bindir"),
            s.value(QStringLiteral("PGX_PG_BINDIR")), QStringLiteral("--target-bindir"), s.value(QStringLiteral("PGX_PG_BINDIR")),
            QStringLiteral("--db"), db};
}

QProcessEnvironment sandboxPgEnv()
{
    const QString pw = Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD"));
    return cliEnv({{QStringLiteral("PGCROSSING_SOURCE_PGPASSWORD"), pw}, {QStringLiteral("PGCROSSING_TARGET_PGPASSWORD"), pw}});
}

QProcessEnvironment cliEnv(const QMap<QString, QString> &secrets)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

QString sandboxSql(const QString &side, const QString &db, const QString &sql, bool *ok)
{
    const Sandbox &s = Sandbox::instance();
    const QString pre = side == QLatin1String("src") ? QStringLiteral("PGX_SRC_") : QStringLiteral("PGX_DST_");
    QString socket, port;
    if (side.startsWith(QLatin1String("scratch-")) || side.startsWith(QLatin1String("major-"))) {
        // sandbox.sh scratch and major keep a cluster's port beside its socket folder.
        socket = s.dir() + QLatin1Char('/') + side + QStringLiteral("/sock");
        QFile f(s.dir() + QLatin1Char('/') + side + QStringLiteral("/port"));
        if (f.open(QIODevice::ReadOnly))
            port = QString::fromUtf8(f.readAll()).trimmed();
    } else {
        socket = s.value(pre + QStringLiteral("SOCKET"));
        port = s.value(pre + QStringLiteral("PGPORT"));
    }
    QProcess p;
    p.start(s.value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-h"), socket, QStringLiteral("-p"), port,
             QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), db, QStringLiteral("-f"), QStringLiteral("-")});
    p.write(sql.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (ok)
        *ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (p.exitCode() != 0)
        qWarning("sandboxSql(%s): %s", qPrintable(side), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool dropSandboxDatabase(const QString &side, const QString &db)
{
    bool ok = false;
    sandboxSql(side, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db), &ok);
    return ok;
}

bool createSourceDatabase(const QString &db, const QString &sql)
{
    bool ok = dropSandboxDatabase(QStringLiteral("src"), db);
    if (ok)
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db), &ok);
    if (ok)
        sandboxSql(QStringLiteral("src"), db, sql, &ok);
    return ok;
}

bool resetSandboxTarget()
{
    QProcess reset;
    reset.start(QStringLiteral("bash"), {QStringLiteral(PGX_SOURCE_DIR "/tests/sandbox/sandbox.sh"), QStringLiteral("reset-target")});
    return reset.waitForFinished(120000) && reset.exitStatus() == QProcess::NormalExit && reset.exitCode() == 0;
}

bool plantTargetDifferences()
{
    bool ok = false;
    sandboxSql(QStringLiteral("dst"), QStringLiteral("account"),
               QStringLiteral("ALTER TABLE users DISABLE TRIGGER ALL; DELETE FROM users WHERE id = (SELECT max(id) FROM users); "
                              "ALTER TABLE users ENABLE TRIGGER ALL; CREATE TABLE pgx_only_on_target(id int PRIMARY KEY); "
                              "CREATE INDEX pgx_only_on_target_idx ON users (email)"),
               &ok);
    return ok;
}

QString sandboxExtensionDir()
{
    QProcess p;
    p.start(Sandbox::instance().value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/pg_config"), {QStringLiteral("--sharedir")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0) {
        // pg_config lives in the client package's bin on Debian.
        p.start(QStringLiteral("pg_config"), {QStringLiteral("--sharedir")});
        p.waitForFinished(10000);
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed() + QStringLiteral("/extension");
}

bool installJiebaStandIn()
{
    const QString dir = sandboxExtensionDir();
    QFile control(dir + QStringLiteral("/pgx_jieba_standin.control"));
    QFile script(dir + QStringLiteral("/pgx_jieba_standin--1.0.sql"));
    if (!control.open(QIODevice::WriteOnly) || !script.open(QIODevice::WriteOnly))
        return false;
    control.write("comment = 'pgcrossing test stand-in for pg_jieba: a text-search parser and configuration from an extension'\n"
                  "default_version = '1.0'\nrelocatable = false\nschema = public\nsuperuser = true\n");
    script.write("CREATE TEXT SEARCH PARSER jieba (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,\n"
                 "    LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);\n"
                 "CREATE TEXT SEARCH CONFIGURATION jiebacfg (PARSER = jieba);\n"
                 "ALTER TEXT SEARCH CONFIGURATION jiebacfg ADD MAPPING FOR asciiword, word, numword, asciihword, hword,\n"
                 "    numhword, hword_part, hword_asciipart, hword_numpart, email, url, host, int, uint WITH simple;\n");
    return true;
}

void removeJiebaStandIn()
{
    const QString dir = sandboxExtensionDir();
    QFile::remove(dir + QStringLiteral("/pgx_jieba_standin.control"));
    QFile::remove(dir + QStringLiteral("/pgx_jieba_standin--1.0.sql"));
}

bool createJiebaCase(const QString &db)
{
    bool ok = false;
    const QString ident = QStringLiteral("\"%1\"").arg(db);
    sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(ident), &ok);
    sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(ident), &ok);
    if (!ok)
        return false;
    // As in the runbook: the configuration copied from the extension's, a generated column over it.
    sandboxSql(QStringLiteral("src"), db, QStringLiteral(
        "CREATE EXTENSION pgx_jieba_standin;\n"
        "CREATE TEXT SEARCH CONFIGURATION public.jieba_search ( COPY = public.jiebacfg );\n"
        "COMMENT ON TEXT SEARCH CONFIGURATION public.jieba_search IS '结巴 search';\n"
        "CREATE TABLE documents (id serial PRIMARY KEY, title text, content text,\n"
        "  content_tsv tsvector GENERATED ALWAYS AS\n"
        "    (setweight(to_tsvector('jieba_search'::regconfig, COALESCE(content, ''::text)), 'A'::\"char\")) STORED);\n"
        "CREATE INDEX documents_content_tsv_idx ON documents USING gin (content_tsv);\n"
        "INSERT INTO documents (title, content) SELECT 'doc ' || i,\n"
        "  CASE WHEN i % 3 = 0 THEN NULL ELSE 'database migration ' || i || ' 数据库 迁移 backup-restore x' || i || '@example.org' END\n"
        "  FROM generate_series(1, 300) i;"), &ok);
    return ok;
}

bool runSandbox(const QStringList &args, QString *err)
{
    QProcess p;
    p.start(QStringLiteral("bash"), QStringList{QStringLiteral(PGX_SOURCE_DIR "/tests/sandbox/sandbox.sh")} + args);
    const bool ok = p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return ok;
}

int startScratchCluster(const QString &name, int mib, const QStringList &settings)
{
    // Beside the sandbox's own ports, so parallel sandboxes on other ports do not collide.
    const int port = Sandbox::instance().intValue(QStringLiteral("PGX_DST_PGPORT")) + 66;
    QString err;
    if (!runSandbox(QStringList{QStringLiteral("scratch"), QStringLiteral("up"), name, QString::number(port), QString::number(mib)} + settings,
                    &err)) {
        qWarning("scratch cluster %s: %s", qPrintable(name), qPrintable(err));
        return 0;
    }
    return port;
}

void stopScratchCluster(const QString &name)
{
    runSandbox({QStringLiteral("scratch"), QStringLiteral("down"), name}, nullptr);
}

int startMajorHost(const QString &name, const QString &address, int major, QString *err)
{
    // Beside the sandbox's own ports (and the scratch cluster's), one per major.
    const int port = Sandbox::instance().intValue(QStringLiteral("PGX_DST_PGPORT")) + 70 + major;
    return runSandbox({QStringLiteral("major"), QStringLiteral("up"), name, address, QString::number(major), QString::number(port)}, err)
               ? port
               : 0;
}

void stopMajorHost(const QString &name)
{
    runSandbox({QStringLiteral("major"), QStringLiteral("down"), name}, nullptr);
}

bool processArgvContains(const QByteArray &needle)
{
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

QString dockerHost(const QString &host)
{
    const Sandbox &s = Sandbox::instance();
    if (host == QLatin1String("src") || host == QLatin1String("dst"))
        return s.value(host == QLatin1String("src") ? QStringLiteral("PGX_SRC_DOCKER_HOST") : QStringLiteral("PGX_DST_DOCKER_HOST"));
    return QStringLiteral("unix://%1/hosts/%2/docker/docker.sock").arg(s.dir(), host); // sandbox.sh host up NAME
}

bool sandboxDocker(const QString &host, const QStringList &args, QString *out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), dockerHost(host));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("docker"), args);
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (out)
        *out = QString::fromUtf8(ok ? p.readAllStandardOutput() : p.readAllStandardError());
    return ok;
}

QStringList containerProcesses(const QString &side)
{
    // docker top lists what runs in the container's cgroup: the server and every docker exec'd command.
    QString out;
    if (!sandboxDocker(side, {QStringLiteral("top"), Sandbox::instance().value(QStringLiteral("PGX_CONTAINER")), QStringLiteral("-o"),
                              QStringLiteral("pid,comm")},
                       &out))
        return {QStringLiteral("docker top failed: ") + out};
    QStringList names = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!names.isEmpty())
        names.removeFirst(); // the header
    for (QString &n : names)
        n = n.simplified().section(QLatin1Char(' '), 1); // "PID COMMAND"
    return names;
}

} // namespace pgcrossing::test

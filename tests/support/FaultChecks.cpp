#include "FaultChecks.h"

#include "Sandbox.h"

#include <algorithm>

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pgcrossing::test::FaultChecks {

namespace {
const QStringList kTools{QStringLiteral("pg_dump"), QStringLiteral("pg_restore"), QStringLiteral("pg_dumpall")};
const QStringList kSecrets{QStringLiteral("PGX_PG_PASSWORD"), QStringLiteral("PGX_SSH_PW_PASSWORD"), QStringLiteral("PGX_SSH_KEY_PP_PASSPHRASE")};
} // namespace

int sandboxProcessCount(const QString &tool)
{
    const Sandbox &s = Sandbox::instance();
    QList<QByteArray> needles{s.dir().toUtf8()};
    const int scratchPort = s.intValue(QStringLiteral("PGX_DST_PGPORT")) + 66; // startScratchCluster's
    for (const QString &port : {s.value(QStringLiteral("PGX_SRC_PGPORT")), s.value(QStringLiteral("PGX_DST_PGPORT")), QString::number(scratchPort)})
        needles << "port=" + port.toUtf8() << "PGPORT=" + port.toUtf8();
    int n = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!comm.open(QIODevice::ReadOnly) || QString::fromUtf8(comm.readAll()).trimmed() != tool)
            continue;
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid)), env(QStringLiteral("/proc/%1/environ").arg(pid));
        QByteArray text = cmd.open(QIODevice::ReadOnly) ? cmd.readAll() : QByteArray();
        if (env.open(QIODevice::ReadOnly))
            text += env.readAll();
        if (std::any_of(needles.begin(), needles.end(), [&](const QByteArray &x) { return text.contains(x); }))
            ++n;
    }
    return n;
}

QStringList leftRunning(const QStringList &hosts)
{
    QStringList left;
    for (const QString &tool : kTools)
        if (sandboxProcessCount(tool) > 0)
            left << QStringLiteral("host:") + tool;
    for (const QString &h : hosts)
        for (const QString &p : containerProcesses(h))
            if (kTools.contains(p) || p.startsWith(QLatin1String("docker top failed")))
                left << h + QLatin1Char(':') + p;
    return left;
}

QStringList waitNothingRunning(int timeoutMs, const QStringList &hosts)
{
    QStringList left;
    (void)QTest::qWaitFor([&] { return (left = leftRunning(hosts)).isEmpty(); }, timeoutMs); // left says what is still running
    return left;
}

QStringList leakedSecrets(const QString &sessionDir, const QString &output)
{
    QStringList found;
    for (const QString &key : kSecrets) {
        const QByteArray secret = Sandbox::instance().value(key).toUtf8();
        if (secret.isEmpty())
            continue;
        if (output.toUtf8().contains(secret))
            found << key + QStringLiteral(" in the CLI's output");
        QDirIterator it(sessionDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                found << key + QStringLiteral(" in ") + f.fileName();
        }
    }
    return found;
}

QStringList secretsInArgv()
{
    QStringList found;
    for (const QString &key : kSecrets) {
        const QByteArray secret = Sandbox::instance().value(key).toUtf8();
        if (!secret.isEmpty() && processArgvContains(secret))
            found << key + QStringLiteral(" in a process's argv");
    }
    return found;
}

QStringList leakedSecrets(const CliRun &r)
{
    QStringList found = leakedSecrets(r.sessionDir, r.all()) + r.secretsInArgv + secretsInArgv();
    found.removeDuplicates();
    return found;
}

QString targetState(const QJsonObject &record, const QString &db)
{
    for (const auto &t : record.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject o = t.toObject();
        if (o.value(QStringLiteral("database")).toString() == db)
            return o.value(QStringLiteral("complete")).toBool() ? QStringLiteral("complete") : QStringLiteral("INCOMPLETE");
    }
    return QStringLiteral("absent");
}

QJsonObject step(const QJsonObject &record, const QString &titlePrefix)
{
    for (const auto &s : record.value(QStringLiteral("steps")).toArray())
        if (s.toObject().value(QStringLiteral("title")).toString().startsWith(titlePrefix))
            return s.toObject();
    return {};
}

QString verdict(const QJsonObject &record, int *tables)
{
    const QJsonObject v = record.value(QStringLiteral("verification")).toObject();
    if (tables)
        *tables = int(v.value(QStringLiteral("tables")).toArray().size());
    return v.value(QStringLiteral("verdict")).toString();
}

CliRun resume(const QString &command, const QString &recordPath, const QString &sessionDir, const QStringList &extra)
{
    QStringList args{command, QStringLiteral("--resume"), recordPath};
    if (!extra.contains(QStringLiteral("--known-hosts")))
        args << QStringLiteral("--known-hosts") << Sandbox::instance().value(QStringLiteral("PGX_SSH_KNOWN_HOSTS"));
    CliRun r = CliRun::run(args + extra, sandboxPgEnv(), sessionDir);
    // The resumed record, not whichever record of the folder was written last.
    r.recordPath = recordPath;
    QFile f(recordPath);
    if (f.open(QIODevice::ReadOnly))
        r.record = QJsonDocument::fromJson(f.readAll()).object();
    return r;
}

CliRun revert(const QString &recordPath)
{
    return CliRun::run({QStringLiteral("revert"), QStringLiteral("--session"), recordPath, QStringLiteral("--known-hosts"),
                        Sandbox::instance().value(QStringLiteral("PGX_SSH_KNOWN_HOSTS"))},
                       sandboxPgEnv(), QString());
}

CliRun runWithFault(const QStringList &args, const QString &sessionDir, const QByteArray &marker, const std::function<bool()> &ready,
                    const std::function<void(QProcess &)> &fault, double *detected, int timeoutMs)
{
    CliRun r;
    r.sessionDir = sessionDir;
    QProcess p;
    p.setProcessEnvironment(sandboxPgEnv());
    p.start(QStringLiteral(PGX_CLI_PATH), args + QStringList{QStringLiteral("--session-dir"), sessionDir});
    p.closeWriteChannel();
    QByteArray out, err;
    QElapsedTimer clock;
    clock.start();
    qint64 at = -1;
    const QDeadlineTimer deadline(timeoutMs);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        p.waitForReadyRead(50);
        out += p.readAllStandardOutput();
        err += p.readAllStandardError();
        if (at < 0 && err.contains(marker) && (!ready || ready())) {
            at = clock.elapsed();
            r.secretsInArgv += secretsInArgv(); // while its commands run, just before the fault
            if (fault)
                fault(p);
        }
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    p.waitForFinished();
    out += p.readAllStandardOutput();
    err += p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(out);
    r.err = QString::fromUtf8(err);
    if (detected)
        *detected = at < 0 ? -1 : (clock.elapsed() - at) / 1000.0;
    r.loadRecord();
    return r;
}

void print(const QString &row, const QString &outcome, double detectedSeconds, const QString &resume)
{
    qInfo("fault: %s | outcome: %s | detected after %.1f s | resume: %s", qPrintable(row), qPrintable(outcome), detectedSeconds,
          qPrintable(resume));
}

QString said(const CliRun &r, int maxChars)
{
    QStringList lines;
    for (const QString &line : r.all().split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1Char('[')) && !line.startsWith(QLatin1String("PASS  ")))
            lines << line;
    return lines.join(QLatin1Char('\n')).right(maxChars);
}

QString lineStarting(const QString &text, const QString &prefix)
{
    QString found;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.trimmed().startsWith(prefix))
            found = line.trimmed();
    return found;
}

} // namespace pgcrossing::test::FaultChecks

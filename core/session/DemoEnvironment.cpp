#include "DemoEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace pgcrossing::DemoEnvironment {

namespace {
bool run(const QString &dir, const QString &command, QString *error)
{
    const QString sh = script();
    if (sh.isEmpty()) {
        *error = QCoreApplication::translate("DemoEnvironment", "the demo script (sandbox.sh) is not installed with this program");
        return false;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGX_SANDBOX_DIR"), dir);
    env.insert(QStringLiteral("PGX_SANDBOX_NO_SSH"), QStringLiteral("1"));
    env.insert(QStringLiteral("PGX_SRC_PGPORT"), QStringLiteral("55442"));
    env.insert(QStringLiteral("PGX_DST_PGPORT"), QStringLiteral("55443"));
    env.insert(QStringLiteral("PGX_SANDBOX_FREE_PORTS"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("bash"), {sh, command});
    if (!p.waitForStarted(10000) || !p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString out = QString::fromUtf8(p.readAll()).trimmed();
        const QString what = command == QLatin1String("up")     ? QCoreApplication::translate("DemoEnvironment", "The demo could not start: %1")
                             : command == QLatin1String("down") ? QCoreApplication::translate("DemoEnvironment", "The demo could not stop: %1")
                                                                : QCoreApplication::translate("DemoEnvironment", "The demo could not be reset: %1");
        *error = what.arg(out.isEmpty() ? p.errorString() : out.right(2000));
        if (p.state() != QProcess::NotRunning)
            p.kill();
        return false;
    }
    return true;
}
} // namespace

QString script()
{
    const QStringList candidates{
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/pgcrossing/demo/sandbox.sh")),
#ifdef PGX_SOURCE_DIR
        QStringLiteral(PGX_SOURCE_DIR "/tests/sandbox/sandbox.sh"),
#endif
    };
    for (const QString &c : candidates)
        if (QFile::exists(c))
            return QDir::cleanPath(c);
    return {};
}

QString defaultDir()
{
    const QString dir = qEnvironmentVariable("PGCROSSING_DEMO_DIR");
    // Not under the user's home: the servers run as the postgres user, who must reach their folder.
    return dir.isEmpty() ? QDir(QDir::tempPath()).filePath(QStringLiteral("pgcrossing-demo")) : dir;
}

bool start(const QString &dir, QString *envFile, QString *error)
{
    if (!run(dir, QStringLiteral("up"), error))
        return false;
    *envFile = QDir(dir).filePath(QStringLiteral("env"));
    return true;
}

bool stop(const QString &dir, QString *error)
{
    return run(dir, QStringLiteral("down"), error);
}

bool reset(const QString &dir, QString *envFile, QString *error)
{
    return start(dir, envFile, error) && run(dir, QStringLiteral("reset-target"), error) &&
           run(dir, QStringLiteral("reseed"), error);
}

} // namespace pgcrossing::DemoEnvironment

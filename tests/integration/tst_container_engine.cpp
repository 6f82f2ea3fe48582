// The sandbox's hosts run a real docker engine: what it does differently from a plain host, through the
// product's own remote layer over SSH. Test connection reaches PostgreSQL in the host's container; a
// command missing in the container exits 126/127 (the login diagnosis reads that as "tool missing"); a
// command runs as the container's user, or as -u says; a stopped container and a missing one get two different
// messages, each with what to do. The stopped and missing containers are those of a third host's engine
// (sandbox.sh host up), so that the src and dst clusters never stop.
#include "CliRun.h"
#include "Sandbox.h"
#include "remote/CommandResult.h"
#include "remote/CommandSpec.h"
#include "remote/Shell.h"
#include "session/EndpointProbe.h"
#include "session/ShellFactory.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const QString kHost = QStringLiteral("engx");
const QString kAddress = QStringLiteral("127.0.0.5");

const Sandbox &sb() { return Sandbox::instance(); }

} // namespace

class TstContainerEngine : public QObject {
    Q_OBJECT

    Endpoint thirdHost() const
    {
        Endpoint e = sandboxSshEndpoint(QStringLiteral("source"), QStringLiteral("PGX_SRC_SSH_HOST"), sb().intValue(QStringLiteral("PGX_SRC_PGPORT")));
        e.ssh.host = kAddress;
        e.ssh.knownHostsFile = QStringLiteral("%1/hosts/%2/known_hosts").arg(sb().dir(), kHost);
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sb().isUp(), "the sandbox is not up");
        QCOMPARE(sb().value(QStringLiteral("PGX_SSH")), QStringLiteral("1"));
        QString err;
        QVERIFY2(runSandbox({QStringLiteral("host"), QStringLiteral("up"), kHost, kAddress, QStringLiteral("src")}, &err), qPrintable(err));
    }

    void testConnectionReachesTheContainer()
    {
        const ProbeResult p = EndpointProbe::probe(sandboxSshEndpoint(QStringLiteral("target"), QStringLiteral("PGX_DST_SSH_HOST"),
                                                                      sb().intValue(QStringLiteral("PGX_DST_PGPORT"))),
                                                   sandboxPgSecret());
        QVERIFY2(p.ok, qPrintable(p.layer + QStringLiteral(": ") + p.message));
        QVERIFY2(p.serverVersion.startsWith(QStringLiteral("15.")), qPrintable(p.serverVersion));
        QCOMPARE(p.freePath, sb().value(QStringLiteral("PGX_DST_PGDATA"))); // measured inside the container
        QVERIFY(p.freeBytes > 0);
    }

    void missingCommandAndUser()
    {
        Endpoint e = sandboxSshEndpoint(QStringLiteral("source"), QStringLiteral("PGX_SRC_SSH_HOST"), sb().intValue(QStringLiteral("PGX_SRC_PGPORT")));
        const CommandResult missing = ShellFactory::make(e, {})->run(CommandSpec::plain({QStringLiteral("pgx-no-such-tool")}, QStringLiteral("test")));
        QVERIFY2(missing.exitCode == 126 || missing.exitCode == 127, qPrintable(QString::number(missing.exitCode) + QString::fromUtf8(missing.err)));

        const CommandResult asDefault = ShellFactory::make(e, {})->run(CommandSpec::plain({QStringLiteral("id"), QStringLiteral("-un")}, QStringLiteral("test")));
        QCOMPARE(QString::fromUtf8(asDefault.out).trimmed(), QStringLiteral("postgres")); // docker exec's default: the container's user
        e.containerUser = QStringLiteral("root");
        const CommandResult asRoot = ShellFactory::make(e, {})->run(CommandSpec::plain({QStringLiteral("id"), QStringLiteral("-un")}, QStringLiteral("test")));
        QCOMPARE(QString::fromUtf8(asRoot.out).trimmed(), QStringLiteral("root"));
    }

    void stoppedAndMissingContainersAreTold()
    {
        ProbeResult p = EndpointProbe::probe(thirdHost(), sandboxPgSecret());
        QVERIFY2(p.ok, qPrintable(p.layer + QStringLiteral(": ") + p.message));

        QString out;
        QVERIFY2(sandboxDocker(kHost, {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), sb().value(QStringLiteral("PGX_CONTAINER"))}, &out), qPrintable(out));
        p = EndpointProbe::probe(thirdHost(), sandboxPgSecret());
        QCOMPARE(p.layer, QStringLiteral("container"));
        QVERIFY2(p.message.contains(QStringLiteral("exists but is not running")), qPrintable(p.message));
        QVERIFY2(p.hint.contains(QStringLiteral("docker start postgresql-svc-plus")), qPrintable(p.hint));

        QVERIFY2(sandboxDocker(kHost, {QStringLiteral("rm"), sb().value(QStringLiteral("PGX_CONTAINER"))}, &out), qPrintable(out));
        p = EndpointProbe::probe(thirdHost(), sandboxPgSecret());
        QCOMPARE(p.layer, QStringLiteral("container"));
        QVERIFY2(p.message.contains(QStringLiteral("No docker container is named \"postgresql-svc-plus\"")), qPrintable(p.message));

        // The CLI on a missing container: docker's own words, and nothing runs.
        QStringList args = sandboxSshArgs();
        args[args.indexOf(QStringLiteral("--source")) + 1] = QStringLiteral("ssh://root@%1:%2").arg(kAddress, sb().value(QStringLiteral("PGX_SSH_PORT")));
        args[args.indexOf(QStringLiteral("--known-hosts")) + 1] = thirdHost().ssh.knownHostsFile;
        QTemporaryDir sessions;
        const CliRun r = CliRun::run(QStringList{QStringLiteral("migrate")} + args + QStringList{QStringLiteral("--db"), QStringLiteral("account")},
                                     cliEnv(), sessions.path());
        QVERIFY2(r.exitCode != 0 && r.all().contains(QStringLiteral("No such container")), qPrintable(r.all().right(2000)));
    }

    void cleanupTestCase()
    {
        QString err;
        QVERIFY2(runSandbox({QStringLiteral("host"), QStringLiteral("down"), kHost}, &err), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TstContainerEngine)
#include "tst_container_engine.moc"

// The link to a host fails in the middle of a copy, on real parts (RECIPES, "Faults on loopback"):
// - cut: the SSH connections to the source's or the target's sshd are destroyed (`ss -K`) while pg_dump
//   streams into pg_restore;
// - silent: the source's or the target's sshd is reached through a socat relay, which is stopped (SIGSTOP)
//   mid-stream, so the connection stays open and nothing more comes.
// Each time the copy step fails within a bounded time (cut: at once; silent: the keepalive bound of
// SshProcess, 20 s, plus one connect timeout to try to stop the command on that host) with a message that
// names the host whose link failed and how, nothing is left running on either host or in either container
// once the link is gone, the source is byte-identical (SourceSnapshot), no secret leaked, and --resume
// completes with every table equal.
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"
#include "SourceSnapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace pgcrossing::test;

namespace {
const Sandbox &sb() { return Sandbox::instance(); }
const QString kDb = QStringLiteral("link_me");

// Pids of the direct children of pid (socat forks one per connection).
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    for (const QString &p : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(p));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == pid)
            out << p.toLongLong();
    }
    return out;
}

// A relay on address:port in front of a host's sshd, like a NAT or a VPN on the way.
class Relay {
public:
    bool start(const QString &address, const QString &to)
    {
        const QString port = sb().value(QStringLiteral("PGX_SSH_PORT"));
        m_p.start(QStringLiteral("socat"), {QStringLiteral("TCP-LISTEN:%1,bind=%2,reuseaddr,fork").arg(port, address),
                                            QStringLiteral("TCP:%1:%2").arg(to, port)});
        m_address = address;
        return m_p.waitForStarted(5000);
    }
    // Whether it accepts connections yet.
    bool listening() const
    {
        QTcpSocket s;
        s.connectToHost(m_address, quint16(sb().intValue(QStringLiteral("PGX_SSH_PORT"))));
        return s.waitForConnected(1000);
    }
    // The link goes silent: the relay and every connection it carries stop moving bytes.
    void freeze()
    {
        for (qint64 c : childrenOf(m_p.processId()))
            ::kill(pid_t(c), SIGSTOP);
        ::kill(pid_t(m_p.processId()), SIGSTOP);
    }
    // The link goes away for good: the far ends see their connections reset.
    void kill()
    {
        if (m_p.state() == QProcess::NotRunning)
            return;
        for (qint64 c : childrenOf(m_p.processId()))
            ::kill(pid_t(c), SIGKILL);
        m_p.kill();
        m_p.waitForFinished(5000);
    }
    ~Relay() { kill(); }

private:
    QProcess m_p;
    QString m_address;
};
} // namespace

class TstLinkFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SourceSnapshot m_source; // the source before any fault: its schema, a hash of its data, the roles
    // How the source differs from before the faults (empty: byte-identical).
    QString sourceChanges() const { return m_source.differences(SourceSnapshot::take({kDb})); }

    // A known_hosts file for the relays: the sandbox's own and each relay address with the key of the host
    // behind it.
    QString knownHosts() const { return m_dir.filePath(QStringLiteral("known_hosts")); }

    static void killCopy(QProcess &p)
    {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(10000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sb().isUp(), "the sandbox is not up");
        QCOMPARE(sb().value(QStringLiteral("PGX_SSH")), QStringLiteral("1"));
        // Big enough that the stream lasts seconds: ~1.2 M rows, ~180 MB.
        QVERIFY(createSourceDatabase(kDb, QStringLiteral("CREATE TABLE big(id bigint PRIMARY KEY, payload text);"
                                                         "INSERT INTO big SELECT g, repeat(md5(g::text), 4) "
                                                         "FROM generate_series(1, 1200000) g;")));
        m_source = SourceSnapshot::take({kDb});
        QVERIFY2(m_source.ok(), qPrintable(m_source.error()));
        QFile kh(knownHosts());
        QVERIFY(kh.open(QIODevice::WriteOnly));
        QFile own(sb().value(QStringLiteral("PGX_SSH_KNOWN_HOSTS")));
        QVERIFY(own.open(QIODevice::ReadOnly));
        kh.write(own.readAll());
        for (const auto &[address, host] : {std::pair{"127.0.0.21", "src"}, std::pair{"127.0.0.22", "dst"}}) {
            QFile pub(QStringLiteral("%1/hosts/%2/ssh_host_ed25519_key.pub").arg(sb().dir(), QLatin1String(host)));
            QVERIFY(pub.open(QIODevice::ReadOnly));
            const QList<QByteArray> key = pub.readAll().trimmed().split(' ');
            kh.write(QStringLiteral("[%1]:%2 ").arg(QLatin1String(address), sb().value(QStringLiteral("PGX_SSH_PORT"))).toUtf8() + key[0] + ' ' +
                     key[1] + '\n');
        }
    }

    void init() { QVERIFY(dropSandboxDatabase(QStringLiteral("dst"), kDb)); }

    void linkFails_data()
    {
        QTest::addColumn<QString>("side");  // whose link fails
        QTest::addColumn<QString>("how");   // cut or silent
        QTest::newRow("source cut") << QStringLiteral("source") << QStringLiteral("cut");
        QTest::newRow("target cut") << QStringLiteral("target") << QStringLiteral("cut");
        QTest::newRow("source silent") << QStringLiteral("source") << QStringLiteral("silent");
        QTest::newRow("target silent") << QStringLiteral("target") << QStringLiteral("silent");
    }

    void linkFails()
    {
        QFETCH(QString, side);
        QFETCH(QString, how);
        const bool source = side == QLatin1String("source"), silent = how == QLatin1String("silent");
        const QString port = sb().value(QStringLiteral("PGX_SSH_PORT"));
        const QString direct = sb().value(source ? QStringLiteral("PGX_SRC_SSH_HOST") : QStringLiteral("PGX_DST_SSH_HOST"));
        const QString relayAddress = source ? QStringLiteral("127.0.0.21") : QStringLiteral("127.0.0.22");
        const QString reached = silent ? relayAddress : direct; // the address the CLI uses for that side

        Relay relay;
        if (silent) {
            QVERIFY2(relay.start(relayAddress, direct), "socat did not start");
            QTRY_VERIFY_WITH_TIMEOUT(relay.listening(), 10000);
        }
        QStringList args = sandboxSshArgs();
        const QString flag = source ? QStringLiteral("--source") : QStringLiteral("--target");
        args[args.indexOf(flag) + 1] = QStringLiteral("ssh://%1@%2:%3").arg(sb().value(QStringLiteral("PGX_SSH_USER")), reached, port);
        args[args.indexOf(QStringLiteral("--known-hosts")) + 1] = knownHosts();
        const QString sessions = m_dir.filePath(QStringLiteral("%1-%2").arg(side, how));

        QProcess p;
        p.setProcessEnvironment(sandboxPgEnv());
        p.start(QStringLiteral(PGX_CLI_PATH), QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), kDb, QStringLiteral("--no-roles"),
                                                          QStringLiteral("--session-dir"), sessions} + args);
        QByteArray out;
        const auto guard = qScopeGuard([&] { killCopy(p); });
        // Mid-stream: the restore's command was logged and pg_restore runs in the target's container.
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardError() + p.readAllStandardOutput()).contains("# restore " + kDb.toUtf8()) &&
                                     containerProcesses(QStringLiteral("dst")).contains(QStringLiteral("pg_restore")),
                                 60000);

        QElapsedTimer since;
        since.start();
        if (silent) {
            relay.freeze();
        } else {
            QProcess ss;
            ss.start(QStringLiteral("ss"), {QStringLiteral("-K"), QStringLiteral("dst"), direct, QStringLiteral("dport"), QStringLiteral("="), port});
            QVERIFY(ss.waitForFinished(10000));
            QCOMPARE(ss.exitCode(), 0);
        }
        // The live log says at once which link failed and how, within the documented bound; the CLI then stops
        // what ran on both hosts (a connect timeout for each command where the link is silent), fails the step
        // with the same words, and ends.
        const QString expected = QStringLiteral("the SSH connection to root@%1:%2").arg(reached, port);
        const QRegularExpression said(QRegularExpression::escape(expected) + (silent ? QStringLiteral("[^\\n]* went silent: ")
                                                                                     : QStringLiteral("[^\\n]* dropped \\(")));
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(out += p.readAllStandardError() + p.readAllStandardOutput()).contains(said) ||
                                     p.state() == QProcess::NotRunning,
                                 90000);
        const qint64 detected = since.elapsed();
        QVERIFY2(p.waitForFinished(90000), out.right(3000).constData());
        const qint64 ended = since.elapsed();
        out += p.readAllStandardError() + p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 3, out.right(3000).constData());
        const QString text = QString::fromUtf8(out);
        QVERIFY2(text.contains(said), qPrintable(text.right(3000)));
        QVERIFY2(!text.contains(QStringLiteral("could not read from input file")), qPrintable(text.right(3000)));
        QVERIFY2(detected < (silent ? 30000 : 10000), qPrintable(QStringLiteral("detected after %1 ms").arg(detected)));

        // The link is gone for good: every command of the copy ends on both hosts and in both containers.
        relay.kill();
        QElapsedTimer gone;
        gone.start();
        const QStringList left = FaultChecks::waitNothingRunning(120000);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
        const qint64 goneMs = gone.elapsed();
        QVERIFY2(sourceChanges().isEmpty(), qPrintable(sourceChanges()));
        const QStringList leaked = FaultChecks::leakedSecrets(sessions, text);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));

        CliRun failed;
        failed.sessionDir = sessions;
        failed.loadRecord();
        QCOMPARE(failed.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));

        // Resume, with the link back (a new relay on the same address for the silent case).
        Relay again;
        if (silent) {
            QVERIFY2(again.start(relayAddress, direct), "socat did not start again");
            QTRY_VERIFY_WITH_TIMEOUT(again.listening(), 10000);
        }
        const CliRun resumed = CliRun::run({QStringLiteral("migrate"), QStringLiteral("--resume"), failed.recordPath,
                                            QStringLiteral("--known-hosts"), knownHosts()},
                                           sandboxPgEnv(), sessions);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.all().right(3000)));
        CliRun after;
        after.sessionDir = sessions;
        after.recordPath = failed.recordPath;
        after.loadRecord();
        QCOMPARE(after.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), kDb, QStringLiteral("SELECT count(*) FROM big")), QStringLiteral("1200000"));
        QVERIFY2(sourceChanges().isEmpty(), qPrintable(sourceChanges()));
        qInfo("fault: %s link %s mid-stream | outcome: exit %d, \"%s\" | detected after %.1f s (CLI ended after %.1f s) | "
              "nothing left running %.1f s after the link was gone | resume: exit %d, %s",
              qPrintable(side), silent ? "silent (socat SIGSTOP)" : "cut (ss -K)", p.exitCode(),
              qPrintable(text.mid(text.indexOf(expected)).section(QLatin1Char('\n'), 0, 0).left(200)), detected / 1000.0,
              ended / 1000.0, goneMs / 1000.0, resumed.exitCode,
              qPrintable(after.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString()));
    }

    void cleanupTestCase()
    {
        dropSandboxDatabase(QStringLiteral("dst"), kDb);
        dropSandboxDatabase(QStringLiteral("src"), kDb);
    }
};

QTEST_GUILESS_MAIN(TstLinkFaults)
#include "tst_link_faults.moc"

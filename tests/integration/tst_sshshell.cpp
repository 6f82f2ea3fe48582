// SshShell against the sandbox's real sshd: streams, exit codes, back-pressure, every auth and host-key
// layer with the message a user would read, quoting of hostile words, secrets that never reach an argv,
// and cancel that really kills the remote command.
#include "Sandbox.h"
#include "remote/CommandJournal.h"
#include "remote/SshShell.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QProcess>
#include <QtTest>
#include <atomic>

using namespace pgcrossing;
using pgcrossing::test::Sandbox;

namespace {

QString env(const char *key)
{
    return Sandbox::instance().value(QString::fromLatin1(key));
}

SshConfig keyConfig(const QString &host = env("PGX_SRC_SSH_HOST"))
{
    SshConfig c;
    c.host = host;
    c.port = env("PGX_SSH_PORT").toInt();
    c.user = env("PGX_SSH_USER");
    c.auth = SshConfig::Auth::KeyFile;
    c.keyFile = env("PGX_SSH_KEY");
    c.knownHostsFile = env("PGX_SSH_KNOWN_HOSTS");
    c.connectTimeoutSec = 10;
    return c;
}

// Processes on this machine (where the sandbox's "remote" hosts live) whose argv starts with prefix,
// or contains needle anywhere.
bool processExists(const QByteArray &needle, bool prefixOnly)
{
    const auto pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool isPid = false;
        pid.toInt(&isPid);
        if (!isPid || pid.toLongLong() == QCoreApplication::applicationPid())
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmd = f.readAll();
        if (prefixOnly ? cmd.startsWith(needle) : cmd.contains(needle))
            return true;
    }
    return false;
}

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x & 0xff);
    }
    return data;
}

QByteArray sha256(const QByteArray &d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TstSshShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!Sandbox::instance().isUp())
            QFAIL(qPrintable(QStringLiteral("the sandbox is not up (%1/env missing): run "
                                            "`bash tests/sandbox/sandbox.sh up` first")
                                 .arg(Sandbox::instance().dir())));
    }

    void echoAndLabel()
    {
        SshShell shell(keyConfig());
        QCOMPARE(shell.hostLabel(), shell.config().label());
        const CommandResult res = shell.run({{QStringLiteral("echo"), QStringLiteral("hi")}});
        QVERIFY2(res.started, qPrintable(res.error));
        QCOMPARE(res.out, QByteArray("hi\n"));
        QCOMPARE(res.exitCode, 0);
        QVERIFY2(res.err.isEmpty(), res.err.constData()); // the preamble's pid line is not shown
        QVERIFY(shell.testConnection().ok());
    }

    void exitCodeAndSignal()
    {
        SshShell shell(keyConfig());
        CommandResult res = shell.run({{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 3")}});
        QVERIFY2(res.started, qPrintable(res.error));
        QCOMPARE(res.exitCode, 3);
        QCOMPARE(res.err, QByteArray("oops\n"));
        res = shell.run({{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -9 $$")}});
        QVERIFY(res.started);
        QCOMPARE(res.exitCode, -1); // killed by a signal
        res = shell.run({{QStringLiteral("no-such-tool-pgx")}});
        QVERIFY(res.started);
        QCOMPARE(res.exitCode, 127);
        QVERIFY2(res.errTail().contains(QStringLiteral("no-such-tool-pgx")), qPrintable(res.errTail()));
    }

    void bigStdinRoundTripThroughRun()
    {
        // run() writes all of stdin before reading: the process must keep cat's output flowing meanwhile.
        SshShell shell(keyConfig());
        const QByteArray data = pattern(20 * 1024 * 1024);
        QElapsedTimer t;
        t.start();
        const CommandResult res = shell.run({{QStringLiteral("cat")}}, data);
        QVERIFY2(res.ok(), qPrintable(res.error + res.errTail()));
        QCOMPARE(res.out.size(), data.size());
        QCOMPARE(sha256(res.out), sha256(data));
        qInfo("20 MiB through remote cat with run(): %lld ms", qlonglong(t.elapsed()));
    }

    void streamingWithBackPressure()
    {
        // The way Relay feeds a consumer: write in chunks, read what came back in between.
        SshShell shell(keyConfig());
        QString err;
        auto proc = shell.start({{QStringLiteral("cat")}}, &err);
        QVERIFY2(proc, qPrintable(err));
        const QByteArray data = pattern(20 * 1024 * 1024);
        QCryptographicHash outHash(QCryptographicHash::Sha256);
        qint64 got = 0;
        QByteArray buf(256 * 1024, Qt::Uninitialized);
        auto readSome = [&](int timeoutMs) {
            const qint64 n = proc->readStdout(buf.data(), buf.size(), timeoutMs);
            if (n > 0) {
                outHash.addData(QByteArrayView(buf.constData(), n));
                got += n;
            }
            return n;
        };
        const qsizetype chunk = 1024 * 1024;
        for (qsizetype off = 0; off < data.size(); off += chunk) {
            QVERIFY(proc->writeStdin(data.constData() + off, std::min(chunk, data.size() - off)));
            while (readSome(0) > 0) {
            }
        }
        proc->closeStdin();
        QElapsedTimer t;
        t.start();
        qint64 n = 0;
        while ((n = readSome(200)) >= 0 && t.elapsed() < 60000) {
        }
        QCOMPARE(n, qint64(-1));
        QVERIFY(proc->waitForFinished(10000));
        QCOMPARE(proc->exitCode(), 0);
        QCOMPARE(got, qint64(data.size()));
        QCOMPARE(outHash.result().toHex(), sha256(data));
    }

    void consumerThatStopsReadingEndsTheWrite()
    {
        // Like pg_restore dying mid-stream: writing must report it instead of hanging.
        SshShell shell(keyConfig());
        QString err;
        auto proc = shell.start({{QStringLiteral("head"), QStringLiteral("-c"), QStringLiteral("10")}}, &err);
        QVERIFY2(proc, qPrintable(err));
        const QByteArray chunk = pattern(1024 * 1024);
        QElapsedTimer t;
        t.start();
        bool refused = false;
        for (int i = 0; i < 200 && !refused; ++i)
            refused = !proc->writeStdin(chunk.constData(), chunk.size());
        QVERIFY2(refused, "200 MiB accepted by a command that reads 10 bytes");
        QVERIFY(t.elapsed() < 30000);
        proc->closeStdin();
        QByteArray out;
        char buf[64];
        qint64 n;
        while ((n = proc->readStdout(buf, sizeof buf, 200)) >= 0 && t.elapsed() < 30000)
            out.append(buf, n);
        QVERIFY(proc->waitForFinished(10000));
        QCOMPARE(out, chunk.left(10));
        QCOMPARE(proc->exitCode(), 0);
    }

    void chattyStderrDoesNotBlock()
    {
        SshShell shell(keyConfig());
        const CommandResult res = shell.run(
            {{QStringLiteral("sh"), QStringLiteral("-c"),
              QStringLiteral("head -c 5242880 /dev/zero | tr '\\0' e >&2; head -c 5242880 /dev/zero | tr '\\0' o; "
                             "head -c 1048576 /dev/zero | tr '\\0' E >&2")}});
        QVERIFY2(res.ok(), qPrintable(res.error));
        QCOMPARE(res.out.size(), 5242880);
        QCOMPARE(res.out.count('o'), 5242880);
        QCOMPARE(res.err.size(), 5242880 + 1048576);
        QCOMPARE(res.err.count('e'), 5242880);
    }

    void keyWithPassphrase()
    {
        SshConfig c = keyConfig();
        c.keyFile = env("PGX_SSH_KEY_PP");
        c.keyPassphrase = env("PGX_SSH_KEY_PP_PASSPHRASE").toUtf8();
        SshShell shell(c);
        const SshError e = shell.testConnection();
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(shell.run({{QStringLiteral("echo"), QStringLiteral("pp")}}).out, QByteArray("pp\n"));
    }

    void wrongOrMissingPassphrase()
    {
        SshConfig c = keyConfig();
        c.keyFile = env("PGX_SSH_KEY_PP");
        c.keyPassphrase = "not-the-passphrase-7731";
        SshShell shell(c);
        SshError e = shell.testConnection();
        QVERIFY(e.kind == SshError::Kind::KeyFileUnreadable || e.kind == SshError::Kind::AuthFailed);
        QVERIFY2(e.message.contains(QStringLiteral("passphrase")), qPrintable(e.message));
        QVERIFY2(e.message.contains(c.keyFile), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("not-the-passphrase-7731")));
        QCOMPARE(shell.lastError().kind, e.kind);
        // startArgv() reports the same sentence.
        QString err;
        QVERIFY(!shell.startArgv({QStringLiteral("true")}, &err));
        QCOMPARE(err, e.message);

        c.keyPassphrase.clear();
        e = SshShell(c).testConnection();
        QCOMPARE(e.kind, SshError::Kind::KeyFileUnreadable);
        QVERIFY2(e.message.contains(QStringLiteral("passphrase")), qPrintable(e.message));

        c.keyFile = QStringLiteral("/nonexistent/pgx/id_none");
        e = SshShell(c).testConnection();
        QCOMPARE(e.kind, SshError::Kind::KeyFileUnreadable);
        QVERIFY2(e.message.contains(c.keyFile), qPrintable(e.message));
    }

    void unauthorizedKey()
    {
        SshConfig c = keyConfig();
        c.keyFile = env("PGX_SSH_KEY_BAD");
        const SshError e = SshShell(c).testConnection();
        QCOMPARE(e.kind, SshError::Kind::AuthFailed);
        QVERIFY2(e.message.contains(QStringLiteral("authorized_keys")), qPrintable(e.message));
    }

    void passwordLogin()
    {
        SshConfig c = keyConfig();
        c.auth = SshConfig::Auth::Password;
        c.user = env("PGX_SSH_PW_USER");
        c.password = env("PGX_SSH_PW_PASSWORD").toUtf8();
        SshShell shell(c);
        const CommandResult res = shell.run({{QStringLiteral("id"), QStringLiteral("-un")}});
        QVERIFY2(res.ok(), qPrintable(res.error));
        QCOMPARE(res.out.trimmed(), c.user.toUtf8());

        const QByteArray real = c.password;
        c.password = "wrong-" + real;
        SshShell bad(c);
        const SshError e = bad.testConnection();
        QCOMPARE(e.kind, SshError::Kind::AuthFailed);
        QVERIFY2(e.message.contains(QStringLiteral("password")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QString::fromUtf8(c.password)));
        QVERIFY(!e.message.contains(QString::fromUtf8(real)));
    }

    void unreachable()
    {
        SshConfig c = keyConfig();
        c.port = 1;
        const SshError e = SshShell(c).testConnection();
        QCOMPARE(e.kind, SshError::Kind::Unreachable);
        QVERIFY2(e.message.contains(c.host + QStringLiteral(":1")), qPrintable(e.message));
    }

    void unknownHostKeyThenAccepted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString kh = dir.filePath(QStringLiteral("known_hosts"));
        QFile f(kh);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();

        SshConfig c = keyConfig();
        c.knownHostsFile = kh;
        SshError e = SshShell(c).testConnection();
        QCOMPARE(e.kind, SshError::Kind::HostKeyUnknown);
        QCOMPARE(e.fingerprint, env("PGX_SSH_HOSTKEY_FP_SRC"));
        QVERIFY2(e.message.contains(e.fingerprint), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("ssh-keygen -lf")), qPrintable(e.message));

        // A different fingerprint is not enough.
        c.acceptFingerprint = env("PGX_SSH_HOSTKEY_FP_DST");
        QCOMPARE(SshShell(c).testConnection().kind, SshError::Kind::HostKeyUnknown);

        c.acceptFingerprint = env("PGX_SSH_HOSTKEY_FP_SRC");
        e = SshShell(c).testConnection();
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        f.close();
        QVERIFY2(saved.contains("ssh-ed25519"), saved.constData());

        // Now it is known: no fingerprint needed any more.
        c.acceptFingerprint.clear();
        e = SshShell(c).testConnection();
        QVERIFY2(e.ok(), qPrintable(e.message));

        // A known_hosts file whose folder does not exist yet is created on acceptance.
        SshConfig d = keyConfig();
        d.knownHostsFile = dir.filePath(QStringLiteral("new/sub/known_hosts"));
        d.acceptFingerprint = env("PGX_SSH_HOSTKEY_FP_SRC");
        e = SshShell(d).testConnection();
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(QFile::exists(d.knownHostsFile));
    }

    void changedHostKeyIsRefused()
    {
        // Learn the DST host's key line, then claim it belongs to SRC.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SshConfig dst = keyConfig(env("PGX_DST_SSH_HOST"));
        dst.knownHostsFile = dir.filePath(QStringLiteral("dst_known_hosts"));
        dst.acceptFingerprint = env("PGX_SSH_HOSTKEY_FP_DST");
        const SshError learned = SshShell(dst).testConnection();
        QVERIFY2(learned.ok(), qPrintable(learned.message));
        QFile df(dst.knownHostsFile);
        QVERIFY(df.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = df.readAll().trimmed().split(' ');
        QVERIFY(fields.size() >= 3);

        SshConfig c = keyConfig();
        c.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        QFile f(c.knownHostsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[%1]:%2 ").arg(c.host).arg(c.port).toUtf8() + fields[1] + ' ' + fields[2] + '\n');
        f.close();

        c.acceptFingerprint = env("PGX_SSH_HOSTKEY_FP_SRC"); // accepting never overrides a changed key
        SshShell shell(c);
        const SshError e = shell.testConnection();
        QCOMPARE(e.kind, SshError::Kind::HostKeyChanged);
        QCOMPARE(e.fingerprint, env("PGX_SSH_HOSTKEY_FP_SRC"));
        QVERIFY2(e.message.contains(QStringLiteral("changed")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("ssh-keygen -f")), qPrintable(e.message));
        QString err;
        QVERIFY(!shell.startArgv({QStringLiteral("true")}, &err));
        QCOMPARE(err, e.message);
    }

    void wordsArriveByteIdentical()
    {
        SshShell shell(keyConfig());
        const QStringList words = {
            QStringLiteral("two words"),
            QStringLiteral("it's \"quoted\" and 'single'"),
            QStringLiteral("$HOME ${PATH} $((1+1)) \\ * ? [a] ~ # &"),
            QStringLiteral("a;b|c&&d>e<f"),
            QStringLiteral("tab\tnew\nline"),
            QStringLiteral("Grüße 中文 ✓"),
            QStringLiteral("-n"),
            QStringLiteral(""),
        };
        for (const QString &w : words) {
            const CommandResult res = shell.run({{QStringLiteral("printf"), QStringLiteral("%s"), w}});
            QVERIFY2(res.ok(), qPrintable(res.error + res.errTail()));
            QCOMPARE(res.out, w.toUtf8());
        }
    }

    void hostileWordsAreNotExecuted()
    {
        const QString marker = QStringLiteral("/tmp/pgx-pwned");
        const QStringList files = {marker, marker + QStringLiteral("2"), marker + QStringLiteral("3")};
        for (const QString &f : files)
            QFile::remove(f);
        SshShell shell(keyConfig());
        const QStringList words = {QStringLiteral("$(touch %1)").arg(files[0]),
                                   QStringLiteral("`touch %1`").arg(files[1]),
                                   QStringLiteral("'; touch %1; '").arg(files[2])};
        for (const QString &w : words) {
            const CommandResult res = shell.run({{QStringLiteral("printf"), QStringLiteral("%s"), w}});
            QVERIFY2(res.ok(), qPrintable(res.error));
            QCOMPARE(res.out, w.toUtf8());
            // Also as a raw argv, without the preamble.
            QString err;
            auto proc = shell.startArgv({QStringLiteral("printf"), QStringLiteral("%s"), w}, &err);
            QVERIFY2(proc, qPrintable(err));
            proc->closeStdin();
            QByteArray out;
            char buf[4096];
            qint64 n;
            QElapsedTimer t;
            t.start();
            while ((n = proc->readStdout(buf, sizeof buf, 200)) >= 0 && t.elapsed() < 10000)
                out.append(buf, n);
            QVERIFY(proc->waitForFinished(5000));
            QCOMPARE(out, w.toUtf8());
        }
        for (const QString &f : files)
            QVERIFY2(!QFile::exists(f), qPrintable(f));
    }

    void secretThroughStdinNeverInArgv()
    {
        SshShell shell(keyConfig());
        CommandJournal journal;
        shell.setJournal(&journal);
        CommandSpec spec;
        spec.argv = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $PGPASSWORD")};
        spec.secret = "s3cr3t";
        const CommandResult res = shell.run(spec);
        QVERIFY2(res.ok(), qPrintable(res.error));
        QCOMPARE(res.out, QByteArray("s3cr3t\n"));

        // While a command that knows the secret runs, no process on the host shows it in its argv.
        const QByteArray secret = "s3cr3t-pgx-7f3a9";
        spec.argv = {QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("printf '%s\\n' \"$PGPASSWORD\"; exec sleep 30")};
        spec.secret = secret;
        QString err;
        auto proc = shell.start(spec, &err);
        QVERIFY2(proc, qPrintable(err));
        QByteArray out;
        char buf[256];
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const qint64 n = proc->readStdout(buf, sizeof buf, 50);
                if (n > 0)
                    out.append(buf, n);
                return out.contains(secret);
            }(),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(processExists(QByteArrayLiteral("sleep\0" "30\0"), true), 5000);
        QVERIFY(!processExists(secret, false));
        const CommandResult ps = shell.run({{QStringLiteral("ps"), QStringLiteral("-eo"), QStringLiteral("args")}});
        QVERIFY2(ps.ok(), qPrintable(ps.error));
        QVERIFY(ps.out.contains("sleep 30"));
        QVERIFY(!ps.out.contains(secret));
        proc->terminate();
        for (const auto &r : journal.records())
            QVERIFY(!r.command.contains(QString::fromUtf8(secret)));
    }

    void terminateKillsTheRemoteCommand()
    {
        const QByteArray needle = QByteArrayLiteral("sleep\0" "300\0");
        if (processExists(needle, true))
            QSKIP("a `sleep 300` is already running on this machine; cannot tell ours apart");
        SshShell shell(keyConfig());
        QString err;
        auto proc = shell.start({{QStringLiteral("sleep"), QStringLiteral("300")}}, &err);
        QVERIFY2(proc, qPrintable(err));
        proc->closeStdin();
        QTRY_VERIFY_WITH_TIMEOUT(processExists(needle, true), 10000);
        QElapsedTimer t;
        t.start();
        proc->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(needle, true), 10000);
        QVERIFY2(t.elapsed() < 10000, "terminate took too long");
        // The shell still works afterwards.
        QCOMPARE(shell.run({{QStringLiteral("echo"), QStringLiteral("after")}}).out, QByteArray("after\n"));
    }

    void concurrentCommandsShareThePool()
    {
        SshShell shell(keyConfig());
        std::atomic<int> good{0};
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads << QThread::create([&shell, &good, i] {
                for (int j = 0; j < 5; ++j) {
                    const QString word = QStringLiteral("t%1-%2").arg(i).arg(j);
                    const CommandResult r = shell.run({{QStringLiteral("echo"), word}});
                    if (r.ok() && r.out == word.toUtf8() + '\n')
                        ++good;
                }
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(good.load(), 20);
    }

    void agentAuthentication()
    {
        // A real ssh-agent holding the sandbox key; the shell finds it through SSH_AUTH_SOCK.
        QTemporaryDir dir;
        const QString sock = dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), sock});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sock), 5000);
        const QByteArray oldSock = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", sock.toLocal8Bit());
        SshConfig c = keyConfig();
        c.auth = SshConfig::Auth::Agent;
        c.keyFile.clear();
        {
            SshShell empty(c);
            const SshError e = empty.testConnection(); // the agent holds no key yet
            QCOMPARE(int(e.kind), int(SshError::Kind::AuthFailed));
        }
        QProcess add;
        add.setProcessEnvironment([&] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SSH_AUTH_SOCK"), sock);
            return env;
        }());
        add.start(QStringLiteral("ssh-add"), {env("PGX_SSH_KEY")});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);
        SshShell shell(c);
        const SshError e = shell.testConnection();
        QVERIFY2(e.ok(), qPrintable(e.message));
        const CommandResult r = shell.run(CommandSpec::plain({QStringLiteral("echo"), QStringLiteral("via agent")}, {}));
        QCOMPARE(r.out, QByteArray("via agent\n"));
        if (oldSock.isEmpty())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", oldSock);
        agent.kill();
        agent.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TstSshShell)
#include "tst_sshshell.moc"

// Must-show 4 of issue 9: a source host whose SSH sessions (and container) run in zh_CN.UTF-8, over a server
// whose lc_messages is zh_CN.UTF-8. The migration and its verification succeed, a wrong password still gets
// its hint, and a restore error is still recognised as one — because the tools run in the C locale and no
// decision reads the server's (translated) words. The test first proves that the host and the server
// really speak Chinese, so it fails if the locale is missing rather than passing for the wrong reason.
#include "CliRun.h"
#include "Sandbox.h"

#include "postgres/LoginDiagnosis.h"
#include "remote/SshShell.h"
#include "session/EndpointProbe.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const QString kHost = QStringLiteral("zh");
const QString kCluster = QStringLiteral("scratch-zh");
const QString kZhLocale = QStringLiteral("zh_CN.UTF-8");
// A fourth loopback address: the sandbox's hosts are 127.0.0.2 and 127.0.0.3.
const QString kAddress = QStringLiteral("127.0.0.4");
const QString kRestoreDb = QStringLiteral("pgx_zh_restore");

// Any CJK ideograph: the server or a tool answered in Chinese.
bool hasChinese(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

QJsonObject stepNamed(const QJsonObject &record, const QString &prefix)
{
    for (const auto &v : record.value(QStringLiteral("steps")).toArray())
        if (v.toObject().value(QStringLiteral("title")).toString().startsWith(prefix))
            return v.toObject();
    return {};
}
} // namespace

class TstForeignLocale : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_password;
    int m_zhPort = 0;
    int m_n = 0;

    const Sandbox &sb() const { return Sandbox::instance(); }
    QString sshUrl(const QString &host) const
    {
        return QStringLiteral("ssh://%1@%2:%3").arg(sb().value(QStringLiteral("PGX_SSH_USER")), host, sb().value(QStringLiteral("PGX_SSH_PORT")));
    }
    QString knownHosts() const { return sb().dir() + QStringLiteral("/hosts/") + kHost + QStringLiteral("/known_hosts"); }
    QStringList keys() const
    {
        return {QStringLiteral("--source-key"), sb().value(QStringLiteral("PGX_SSH_KEY")), QStringLiteral("--target-key"),
                sb().value(QStringLiteral("PGX_SSH_KEY")), QStringLiteral("--known-hosts"), knownHosts()};
    }
    // The zh host's own tools (its SSH session's environment) over TCP, with a password.
    QStringList zhSourceOnHost() const
    {
        return {QStringLiteral("--source"), sshUrl(kAddress), QStringLiteral("--source-pg-host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--source-pg-port"), QString::number(m_zhPort), QStringLiteral("--source-bindir"),
                sb().value(QStringLiteral("PGX_PG_BINDIR"))};
    }
    // The sandbox's target host, into its container, over TCP with a password.
    QStringList dstTarget() const
    {
        return {QStringLiteral("--target"), sshUrl(sb().value(QStringLiteral("PGX_DST_SSH_HOST"))), QStringLiteral("--target-container"),
                sb().value(QStringLiteral("PGX_CONTAINER")), QStringLiteral("--target-pg-host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--target-pg-port"), sb().value(QStringLiteral("PGX_DST_PGPORT"))};
    }
    CliRun cli(const QString &command, const QStringList &args)
    {
        return CliRun::run(QStringList{command} + args + keys(),
                           cliEnv({{QStringLiteral("PGCROSSING_SOURCE_PGPASSWORD"), m_password},
                                   {QStringLiteral("PGCROSSING_TARGET_PGPASSWORD"), m_password}}),
                           m_dir.filePath(QString::number(++m_n)));
    }
    Endpoint zhEndpoint(bool inContainer) const
    {
        Endpoint e;
        e.role = QStringLiteral("source");
        e.kind = Endpoint::Kind::Ssh;
        e.ssh.host = kAddress;
        e.ssh.port = sb().intValue(QStringLiteral("PGX_SSH_PORT"));
        e.ssh.user = sb().value(QStringLiteral("PGX_SSH_USER"));
        e.ssh.auth = SshConfig::Auth::KeyFile;
        e.ssh.keyFile = sb().value(QStringLiteral("PGX_SSH_KEY"));
        e.ssh.knownHostsFile = knownHosts();
        if (inContainer)
            e.container = sb().value(QStringLiteral("PGX_CONTAINER"));
        else
            e.pg.binDir = sb().value(QStringLiteral("PGX_PG_BINDIR"));
        e.pg.host = QStringLiteral("127.0.0.1");
        e.pg.port = m_zhPort;
        return e;
    }
    // Runs argv on the zh host exactly as given: no preamble, so no pinned locale.
    QString rawStderrOnZhHost(const QStringList &argv) const
    {
        const Endpoint e = zhEndpoint(false);
        SshShell ssh(e.ssh);
        QString error;
        auto proc = ssh.startArgv(argv, &error);
        if (!proc)
            return error;
        proc->closeStdin();
        char buf[4096];
        const QDeadlineTimer deadline(30000);
        while (proc->readStdout(buf, sizeof buf, 100) >= 0 && !deadline.hasExpired()) {
        }
        while (!proc->waitForFinished(100) && !deadline.hasExpired()) {
        }
        return QString::fromUtf8(proc->takeStderr());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sb().isUp(), "the sandbox is not up (tests/sandbox/sandbox.sh up)");
        QVERIFY(sb().value(QStringLiteral("PGX_SSH")) == QLatin1String("1"));
        m_password = sb().value(QStringLiteral("PGX_PG_PASSWORD"));
        QProcess locales;
        locales.start(QStringLiteral("locale"), {QStringLiteral("-a")});
        QVERIFY(locales.waitForFinished(10000));
        QVERIFY2(QString::fromUtf8(locales.readAllStandardOutput()).contains(QStringLiteral("zh_CN.utf8"), Qt::CaseInsensitive),
                 "the zh_CN.UTF-8 locale is not installed: run scripts/install-deps.sh");

        m_zhPort = startScratchCluster(QStringLiteral("zh"), 0, {QStringLiteral("lc_messages='%1'").arg(kZhLocale)});
        QVERIFY(m_zhPort > 0);
        QString err;
        QVERIFY2(runSandbox({QStringLiteral("host"), QStringLiteral("up"), kHost, kAddress, kCluster,
                             QStringLiteral("LANG=") + kZhLocale, QStringLiteral("LC_ALL=") + kZhLocale},
                            &err),
                 qPrintable(err));
        QVERIFY(resetSandboxTarget());

        // On the zh server: the sandbox's hostile database name and table, with Chinese and accented data.
        const QString db = sb().value(QStringLiteral("PGX_HOSTILE_DB"));
        const QString table = sb().value(QStringLiteral("PGX_HOSTILE_TABLE"));
        bool ok = false;
        sandboxSql(kCluster, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(QString(db).replace(QLatin1Char('"'), QStringLiteral("\"\""))), &ok);
        QVERIFY(ok);
        sandboxSql(kCluster, db,
                   QStringLiteral("CREATE TABLE \"%1\" (id serial PRIMARY KEY, \"名称\" text NOT NULL, note text);\n"
                                  "INSERT INTO \"%1\" (\"名称\", note) SELECT '订单 ' || i || ' d''été ü', "
                                  "CASE WHEN i % 7 = 0 THEN NULL ELSE repeat('数据', i % 5) END FROM generate_series(1, 500) i;\n"
                                  "CREATE VIEW \"视图 ü\" AS SELECT id FROM \"%1\" WHERE id < 10;")
                       .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""))),
                   &ok);
        QVERIFY(ok);

        // A database whose restore fails the way pg_dump's users meet it: a CHECK constraint that reads another
        // table, loaded after the one it checks. It lives on the dst cluster, which tests empty at will.
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(kRestoreDb), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("dst"), kRestoreDb,
                   QStringLiteral("CREATE TABLE zz_allowed (code text PRIMARY KEY);\n"
                                  "INSERT INTO zz_allowed VALUES ('a'), ('b');\n"
                                  "CREATE FUNCTION is_allowed(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS\n"
                                  "  $$ SELECT EXISTS (SELECT 1 FROM public.zz_allowed WHERE code = c) $$;\n"
                                  "CREATE TABLE orders (id int PRIMARY KEY, code text CHECK (is_allowed(code)));\n"
                                  "INSERT INTO orders SELECT i, CASE WHEN i % 2 = 0 THEN 'a' ELSE 'b' END FROM generate_series(1, 20) i;"),
                   &ok);
        QVERIFY(ok);
    }

    void theHostAndTheServerSpeakChinese()
    {
        // Without our preamble, the zh host's session translates a tool's words…
        const QString raw = rawStderrOnZhHost({QStringLiteral("ls"), QStringLiteral("--"), QStringLiteral("/pgx-no-such-file")});
        QVERIFY2(hasChinese(raw), qPrintable(raw));
        // …and the server answers a login in Chinese (its lc_messages), pinned locale or not.
        const ProbeResult p = EndpointProbe::probe(zhEndpoint(false), {{}, {}, QByteArrayLiteral("not-the-password-zh")});
        QVERIFY(!p.ok);
        QVERIFY2(hasChinese(p.message), qPrintable(p.message));
        // Through our preamble the same host speaks C.
        SshShell ssh(zhEndpoint(false).ssh);
        const CommandResult pinned = ssh.run(CommandSpec::plain({QStringLiteral("ls"), QStringLiteral("--"), QStringLiteral("/pgx-no-such-file")},
                                                                QStringLiteral("locale check")));
        QVERIFY2(pinned.err.contains("No such file or directory"), pinned.err.constData());
    }

    void migrateAndVerifyFromTheChineseHost()
    {
        const QString db = sb().value(QStringLiteral("PGX_HOSTILE_DB"));
        const QStringList plan = zhSourceOnHost() + dstTarget() + QStringList{QStringLiteral("--db"), db};
        const CliRun m = cli(QStringLiteral("migrate"), plan);
        QVERIFY2(m.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(m.exitCode).arg(m.all().right(800))));
        QCOMPARE(m.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(m.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("equal"));
        // The names and the data arrived byte for byte.
        const QString table = sb().value(QStringLiteral("PGX_HOSTILE_TABLE"));
        const QString sql = QStringLiteral("SELECT count(*) || ':' || md5(string_agg(\"名称\" || coalesce(note, '-'), ',' ORDER BY id)) FROM \"%1\"")
                                .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        const QString want = sandboxSql(kCluster, db, sql);
        QVERIFY(want.startsWith(QStringLiteral("500:")));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), db, sql), want);

        // verify on its own, the source now reached inside the zh host's container (whose environment is zh too).
        const QStringList inContainer{QStringLiteral("--source"), sshUrl(kAddress), QStringLiteral("--source-container"),
                                      sb().value(QStringLiteral("PGX_CONTAINER"))};
        const CliRun v = cli(QStringLiteral("verify"), inContainer + dstTarget() + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(v.exitCode == 0, qPrintable(v.all().right(4000)));
        const QJsonObject verification = v.record.value(QStringLiteral("verification")).toObject();
        QCOMPARE(verification.value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
        QVERIFY(!verification.value(QStringLiteral("tables")).toArray().isEmpty());
    }

    void wrongPasswordStillGetsItsHint()
    {
        const QString passwordHint = EndpointProbe::hintFor(LoginDiagnosis::Failure::PasswordRejected);
        for (const bool inContainer : {false, true}) {
            const ProbeResult p = EndpointProbe::probe(zhEndpoint(inContainer), {{}, {}, QByteArrayLiteral("not-the-password-zh")});
            QVERIFY(!p.ok);
            QCOMPARE(p.layer, QStringLiteral("postgres"));
            QVERIFY2(hasChinese(p.message), qPrintable(p.message)); // the server's words, shown as they came
            QCOMPARE(p.hint, passwordHint);
            QVERIFY(!p.message.contains(QStringLiteral("not-the-password-zh")));
        }
        // The right password through the same way logs in: it was the password, and only that.
        const ProbeResult good = EndpointProbe::probe(zhEndpoint(false), {{}, {}, m_password.toUtf8()});
        QVERIFY2(good.ok, qPrintable(good.message));
        // No password at all: the same hint; nothing listening: its own.
        const ProbeResult none = EndpointProbe::probe(zhEndpoint(false), {});
        QCOMPARE(none.hint, passwordHint);
        Endpoint nowhere = zhEndpoint(false);
        nowhere.pg.port = 1;
        const ProbeResult closed = EndpointProbe::probe(nowhere, {{}, {}, m_password.toUtf8()});
        QVERIFY(!closed.ok);
        QCOMPARE(closed.hint, EndpointProbe::hintFor(LoginDiagnosis::Failure::NotListening));
    }

    void restoreErrorIsRecognised()
    {
        // From the sandbox's dst host to the zh host: the restore runs there, and the server speaks Chinese.
        auto plan = [&](const QString &target) {
            return QStringList{QStringLiteral("--source"), sshUrl(sb().value(QStringLiteral("PGX_DST_SSH_HOST"))),
                               QStringLiteral("--source-container"), sb().value(QStringLiteral("PGX_CONTAINER")),
                               QStringLiteral("--target"), sshUrl(kAddress), QStringLiteral("--target-container"),
                               sb().value(QStringLiteral("PGX_CONTAINER")), QStringLiteral("--db"), kRestoreDb + QLatin1Char(':') + target};
        };
        // pg_restore stops at the error (the default): the session fails, saying pg_restore failed.
        const CliRun stop = cli(QStringLiteral("migrate"), plan(QStringLiteral("pgx_zh_restore_stop")));
        QVERIFY2(stop.exitCode == 3, qPrintable(stop.all().right(4000)));
        QCOMPARE(stop.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        const QJsonObject failed = stepNamed(stop.record, QStringLiteral("Copy database"));
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(failed.value(QStringLiteral("message")).toString().contains(QStringLiteral("pg_restore")),
                 qPrintable(failed.value(QStringLiteral("message")).toString()));
        const QString details = failed.value(QStringLiteral("details")).toString();
        QVERIFY2(details.contains(QStringLiteral("pg_restore: error:")), qPrintable(details)); // its own words: C
        QVERIFY2(hasChinese(details), qPrintable(details));                                     // the server's: zh
        QVERIFY(stop.all().contains(QStringLiteral("INCOMPLETE")));

        // pg_restore goes on after it: the error is counted, the step warns, and verification shows the empty table.
        const CliRun goOn = cli(QStringLiteral("migrate"), plan(QStringLiteral("pgx_zh_restore_on")) + QStringList{QStringLiteral("--no-exit-on-error")});
        QVERIFY2(goOn.exitCode == 4, qPrintable(goOn.all().right(4000)));
        const QJsonObject warned = stepNamed(goOn.record, QStringLiteral("Copy database"));
        QCOMPARE(warned.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
        QVERIFY2(warned.value(QStringLiteral("message")).toString().contains(QStringLiteral("pg_restore ignored 1 error")),
                 qPrintable(warned.value(QStringLiteral("message")).toString()));
        QCOMPARE(goOn.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("different"));
        QCOMPARE(sandboxSql(kCluster, QStringLiteral("pgx_zh_restore_on"), QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("0"));
        QCOMPARE(sandboxSql(kCluster, QStringLiteral("pgx_zh_restore_on"), QStringLiteral("SELECT count(*) FROM zz_allowed")), QStringLiteral("2"));
    }

    void cleanupTestCase()
    {
        runSandbox({QStringLiteral("host"), QStringLiteral("down"), kHost});
        stopScratchCluster(QStringLiteral("zh"));
        resetSandboxTarget();
    }
};

QTEST_GUILESS_MAIN(TstForeignLocale)
#include "tst_foreign_locale.moc"

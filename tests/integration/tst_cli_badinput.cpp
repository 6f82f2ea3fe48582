// Must-show 4: bad input gets a clear message, a distinct exit code, and touches nothing — unreachable
// host, wrong password, wrong key, unknown host key (fingerprint shown), changed host key, missing
// container, missing database, existing target database.
#include "CliRun.h"
#include "Sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QDir>
#include <QtTest>

using namespace pgcrossing::test;

class TstCliBadInput : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_targetDatabases;
    int m_n = 0;

    QString targetDatabases() const
    {
        return sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                          QStringLiteral("SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database"));
    }
    static void setArg(QStringList &args, const QString &name, const QString &value)
    {
        const qsizetype i = args.indexOf(name);
        if (i >= 0)
            args[i + 1] = value;
        else
            args << name << value;
    }
    CliRun migrate(const QStringList &args, const QMap<QString, QString> &secrets = {})
    {
        return CliRun::run(QStringList{QStringLiteral("migrate")} + args, cliEnv(secrets),
                           m_dir.filePath(QString::number(++m_n)));
    }
    void touchedNothing() { QCOMPARE(targetDatabases(), m_targetDatabases); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        m_targetDatabases = targetDatabases();
        QVERIFY(!m_targetDatabases.isEmpty());
    }

    void unreachableHost()
    {
        QStringList a = sandboxSshArgs();
        setArg(a, QStringLiteral("--source"), QStringLiteral("ssh://root@127.0.0.2:1"));
        const CliRun r = migrate(a);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("127.0.0.2:1")), qPrintable(r.all()));
        touchedNothing();
    }

    void wrongSshPassword()
    {
        QStringList a = sandboxSshArgs();
        const Sandbox &s = Sandbox::instance();
        setArg(a, QStringLiteral("--source"), QStringLiteral("ssh://%1@%2:%3").arg(s.value(QStringLiteral("PGX_SSH_PW_USER")),
                                                                                 s.value(QStringLiteral("PGX_SRC_SSH_HOST")),
                                                                                 s.value(QStringLiteral("PGX_SSH_PORT"))));
        a.removeAt(a.indexOf(QStringLiteral("--source-key")) + 1);
        a.removeAll(QStringLiteral("--source-key"));
        a << QStringLiteral("--source-ssh-password");
        const CliRun r = migrate(a, {{QStringLiteral("PGCROSSING_SOURCE_SSH_PASSWORD"), QStringLiteral("not-the-password-xyz")}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("authentication"), Qt::CaseInsensitive), qPrintable(r.all()));
        QVERIFY(!r.all().contains(QStringLiteral("not-the-password-xyz")));
        touchedNothing();
    }

    void wrongPostgresPassword()
    {
        QStringList a = sandboxSshArgs();
        a << QStringLiteral("--target-pg-host") << QStringLiteral("127.0.0.1") << QStringLiteral("--target-pg-port")
          << Sandbox::instance().value(QStringLiteral("PGX_DST_PGPORT"));
        const CliRun r = migrate(a, {{QStringLiteral("PGCROSSING_TARGET_PGPASSWORD"), QStringLiteral("wrong-pg-pw-123")}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("password authentication failed")), qPrintable(r.all()));
        QVERIFY(!r.all().contains(QStringLiteral("wrong-pg-pw-123")));
        QVERIFY(!r.recordPath.isEmpty());
        QVERIFY(!QJsonDocument(r.record).toJson().contains("wrong-pg-pw-123"));
        touchedNothing();
    }

    void wrongKey()
    {
        QStringList a = sandboxSshArgs();
        setArg(a, QStringLiteral("--source-key"), Sandbox::instance().value(QStringLiteral("PGX_SSH_KEY_BAD")));
        const CliRun r = migrate(a);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("refused the key")), qPrintable(r.all()));
        touchedNothing();
    }

    void unknownHostKeyShowsFingerprint()
    {
        QStringList a = sandboxSshArgs();
        const QString empty = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        setArg(a, QStringLiteral("--known-hosts"), empty);
        const CliRun r = migrate(a);
        QCOMPARE(r.exitCode, 2);
        const QString fp = Sandbox::instance().value(QStringLiteral("PGX_SSH_HOSTKEY_FP_SRC"));
        QVERIFY2(r.all().contains(fp), qPrintable(r.all()));
        QVERIFY(r.all().contains(QStringLiteral("--source-accept-host-key")));
        touchedNothing();
        QCOMPARE(QFile(empty).size(), 0); // nothing was trusted silently
    }

    void changedHostKeyIsRefused()
    {
        // known_hosts that maps the source's address to the target's key: as if the server changed.
        const Sandbox &s = Sandbox::instance();
        QFile orig(s.value(QStringLiteral("PGX_SSH_KNOWN_HOSTS")));
        QVERIFY(orig.open(QIODevice::ReadOnly));
        QString forged;
        for (const QString &line : QString::fromUtf8(orig.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.startsWith(QStringLiteral("[%1]").arg(s.value(QStringLiteral("PGX_DST_SSH_HOST")))))
                forged += line + QLatin1Char('\n') + QString(line).replace(s.value(QStringLiteral("PGX_DST_SSH_HOST")),
                                                                           s.value(QStringLiteral("PGX_SRC_SSH_HOST"))) + QLatin1Char('\n');
        QVERIFY(!forged.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("forged_known_hosts"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(forged.toUtf8());
        f.close();
        QStringList a = sandboxSshArgs();
        setArg(a, QStringLiteral("--known-hosts"), path);
        a << QStringLiteral("--source-accept-host-key") << s.value(QStringLiteral("PGX_SSH_HOSTKEY_FP_SRC"));
        const CliRun r = migrate(a);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("changed"), Qt::CaseInsensitive), qPrintable(r.all()));
        touchedNothing();
    }

    void missingContainer()
    {
        QStringList a = sandboxSshArgs();
        setArg(a, QStringLiteral("--target-container"), QStringLiteral("no-such-pg"));
        const CliRun r = migrate(a);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("No such container: no-such-pg")), qPrintable(r.all()));
        touchedNothing();
    }

    void missingDatabase()
    {
        const CliRun r = migrate(sandboxSshArgs() + QStringList{QStringLiteral("--db"), QStringLiteral("no_such_db")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("missing: no_such_db")), qPrintable(r.all()));
        touchedNothing();
    }

    void existingTargetDatabase()
    {
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE account"), &ok);
        if (!ok) // left by another test: fine, it exists either way
            QVERIFY(targetDatabases().split(QLatin1Char(',')).contains(QStringLiteral("account")));
        m_targetDatabases = targetDatabases();
        sandboxSql(QStringLiteral("dst"), QStringLiteral("account"), QStringLiteral("CREATE TABLE IF NOT EXISTS keep_me(x int); INSERT INTO keep_me VALUES (42)"));
        const CliRun r = migrate(sandboxSshArgs() + QStringList{QStringLiteral("--db"), QStringLiteral("account")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("[account] The target database name is free")), qPrintable(r.all()));
        QVERIFY2(r.all().contains(QStringLiteral("already there")), qPrintable(r.all()));
        QVERIFY(r.all().contains(QStringLiteral("--replace")));
        touchedNothing();
        QVERIFY(sandboxSql(QStringLiteral("dst"), QStringLiteral("account"), QStringLiteral("SELECT count(*) FROM keep_me")).toInt() >= 1);
    }

    void replaceRenamesAsideNeverDrops()
    {
        // With --replace the existing database is renamed aside, kept whole, and the copy takes its name.
        const CliRun r = migrate(sandboxSshArgs() + QStringList{QStringLiteral("--db"), QStringLiteral("account"),
                                                                 QStringLiteral("--replace")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all().right(3000)));
        QString aside;
        for (const auto &t : r.record.value(QStringLiteral("targets")).toArray())
            if (t.toObject().value(QStringLiteral("database")).toString() == QLatin1String("account"))
                aside = t.toObject().value(QStringLiteral("renamedAsideTo")).toString();
        QVERIFY(aside.startsWith(QStringLiteral("account_pgx_old_")));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), aside, QStringLiteral("SELECT count(*) FROM keep_me")), QStringLiteral("1"));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), QStringLiteral("account"), QStringLiteral("SELECT to_regclass('keep_me') IS NULL")),
                 QStringLiteral("t"));
        QCOMPARE(r.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("equal"));
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE \"%1\"").arg(aside));
    }

    void planFileDrivesTheSameRun()
    {
        // The plan file the wizard exports: endpoints and options, no secrets.
        const Sandbox &s = Sandbox::instance();
        auto endpoint = [&](const QString &host) {
            return QJsonObject{{QStringLiteral("kind"), QStringLiteral("ssh")},
                               {QStringLiteral("ssh"), QJsonObject{{QStringLiteral("host"), host},
                                                                   {QStringLiteral("port"), s.intValue(QStringLiteral("PGX_SSH_PORT"))},
                                                                   {QStringLiteral("user"), s.value(QStringLiteral("PGX_SSH_USER"))},
                                                                   {QStringLiteral("auth"), QStringLiteral("key")},
                                                                   {QStringLiteral("keyFile"), s.value(QStringLiteral("PGX_SSH_KEY"))},
                                                                   {QStringLiteral("knownHostsFile"), s.value(QStringLiteral("PGX_SSH_KNOWN_HOSTS"))}}},
                               {QStringLiteral("container"), QJsonObject{{QStringLiteral("engine"), QStringLiteral("docker")},
                                                                         {QStringLiteral("name"), s.value(QStringLiteral("PGX_CONTAINER"))}}}};
        };
        const QJsonObject plan{{QStringLiteral("source"), endpoint(s.value(QStringLiteral("PGX_SRC_SSH_HOST")))},
                               {QStringLiteral("target"), endpoint(s.value(QStringLiteral("PGX_DST_SSH_HOST")))},
                               {QStringLiteral("options"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("copy")},
                                                                       {QStringLiteral("databases"), QJsonArray{QStringLiteral("knowledge_db")}}}}};
        const QString path = m_dir.filePath(QStringLiteral("plan.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(plan).toJson());
        f.close();
        const CliRun ok = CliRun::run({QStringLiteral("check"), QStringLiteral("--plan"), path}, cliEnv(), m_dir.filePath(QStringLiteral("plan")));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.all()));
        QVERIFY(ok.out.contains(QStringLiteral("PASS  The chosen databases exist on the source")));

        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"source\": {\"kind\": \"telnet\"}}");
        bad.close();
        const CliRun no = CliRun::run({QStringLiteral("check"), QStringLiteral("--plan"), bad.fileName()}, cliEnv(), m_dir.filePath(QStringLiteral("bad")));
        QCOMPARE(no.exitCode, 1);
        QVERIFY2(no.err.contains(QStringLiteral("unknown endpoint kind \"telnet\"")), qPrintable(no.err));
        touchedNothing();
    }

    // Every command prints its own options for --help and runs nothing: no session folder, no connection
    // (the source named here does not exist, and no record appears).
    void everyCommandHasItsOwnHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("ownOption");   // an option only this command's help lists
        QTest::addColumn<QString>("otherOption"); // an option another command has and this one does not
        QTest::newRow("check") << "check" << "--online-readiness" << "--resume";
        QTest::newRow("backup") << "backup" << "--backup-on-source" << "--hold-writes";
        QTest::newRow("migrate") << "migrate" << "--hold-writes" << "--online-readiness";
        QTest::newRow("verify") << "verify" << "--strict" << "--replace";
        QTest::newRow("revert") << "revert" << "--session" << "--target";
    }

    void everyCommandHasItsOwnHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, ownOption);
        QFETCH(QString, otherOption);
        const QString sessions = m_dir.filePath(QStringLiteral("help-") + command);
        const CliRun r = CliRun::run({command, QStringLiteral("--help"), QStringLiteral("--source"), QStringLiteral("ssh://nobody@127.0.0.2:1")},
                                     cliEnv(), command == QLatin1String("revert") ? QString() : sessions);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("usage: pgcrossing-cli %1 [options]").arg(command)), qPrintable(r.out.left(200)));
        QVERIFY2(r.out.contains(ownOption + QLatin1Char(' ')), qPrintable(r.out));
        QVERIFY2(!r.out.contains(otherOption + QLatin1Char(' ')), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.recordPath.isEmpty());
        QVERIFY(!QDir(sessions).exists() || QDir(sessions).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
    }

    void unknownOptionsAreRefusedByName()
    {
        const CliRun r = CliRun::run({QStringLiteral("migrate"), QStringLiteral("--no-such-flag")}, cliEnv(), m_dir.filePath(QStringLiteral("flag")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-flag")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("pgcrossing-cli migrate --help")));
        QVERIFY(r.recordPath.isEmpty());
        // An option of another command is named as such, and nothing runs.
        const CliRun other = CliRun::run({QStringLiteral("verify"), QStringLiteral("--hold-writes")}, cliEnv(), m_dir.filePath(QStringLiteral("flag")));
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains(QStringLiteral("--hold-writes goes with the check or migrate commands")), qPrintable(other.err));
        QVERIFY(other.recordPath.isEmpty());
        touchedNothing();
    }
};

QTEST_GUILESS_MAIN(TstCliBadInput)
#include "tst_cli_badinput.moc"

// Must-show 1, 2, 3 and 6 of the core engine, through the real CLI, over real SSH into the sandbox's
// docker containers: migrate every database, verify them equal, catch broken rows by key, refuse hostile
// names as code, and never let the password reach an argv, a log or a report.
#include "CliRun.h"
#include "Sandbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
QJsonObject tableRow(const QJsonObject &record, const QString &db, const QString &table)
{
    for (const auto &v : record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("database")).toString() == db && t.value(QStringLiteral("table")).toString() == table)
            return t;
    }
    return {};
}
QString keys(const QJsonObject &row)
{
    QStringList out;
    for (const auto &k : row.value(QStringLiteral("differingKeys")).toArray())
        out << k.toObject().value(QStringLiteral("key")).toString() + QLatin1Char('/') + k.toObject().value(QStringLiteral("kind")).toString();
    return out.join(QLatin1Char(' '));
}
} // namespace

class TstCliMigrate : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_password;

    QStringList targetOverTcp() const
    {
        // The target is reached over TCP with a password, so the password path is exercised for real.
        return {QStringLiteral("--target-pg-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--target-pg-port"),
                Sandbox::instance().value(QStringLiteral("PGX_DST_PGPORT"))};
    }
    QProcessEnvironment env() const { return cliEnv({{QStringLiteral("PGCROSSING_TARGET_PGPASSWORD"), m_password}}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up (tests/sandbox/sandbox.sh up)");
        QVERIFY(Sandbox::instance().value(QStringLiteral("PGX_SSH")) == QLatin1String("1"));
        m_password = Sandbox::instance().value(QStringLiteral("PGX_PG_PASSWORD"));
        QVERIFY(m_password.size() >= 8);
        QVERIFY(resetSandboxTarget());
    }

    void migrateEverythingOverSsh()
    {
        QProcess p;
        p.setProcessEnvironment(env());
        const QString sessions = m_dir.filePath(QStringLiteral("migrate"));
        p.start(QStringLiteral(PGX_CLI_PATH), QStringList{QStringLiteral("migrate")} + sandboxSshArgs() + targetOverTcp() +
                                                  QStringList{QStringLiteral("--session-dir"), sessions});
        // While it runs, no process on this machine (both "hosts" live here) may carry the password.
        bool leaked = false;
        while (!p.waitForFinished(50))
            leaked = leaked || processArgvContains(m_password.toUtf8());
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(out.right(4000)));
        QVERIFY(!leaked);
        QVERIFY(!out.contains(m_password));

        // Every seeded database is on the target, the hostile one under its exact name.
        const QString dbs = sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"),
                                       QStringLiteral("SELECT string_agg(datname, '|' ORDER BY datname) FROM pg_database"));
        for (const QString &db : {QStringLiteral("account"), QStringLiteral("knowledge_db"), QStringLiteral("ai_learning_companion"),
                                  Sandbox::instance().value(QStringLiteral("PGX_HOSTILE_DB"))})
            QVERIFY2(dbs.split(QLatin1Char('|')).contains(db), qPrintable(dbs));

        // The record: verified equal, every command with its host, nothing secret anywhere.
        CliRun r;
        r.sessionDir = sessions;
        r.loadRecord();
        QVERIFY(!r.recordPath.isEmpty());
        const QJsonObject verification = r.record.value(QStringLiteral("verification")).toObject();
        QCOMPARE(verification.value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
        const QJsonArray tables = verification.value(QStringLiteral("tables")).toArray();
        QVERIFY(tables.size() >= 15);
        for (const auto &t : tables)
            QVERIFY2(t.toObject().value(QStringLiteral("status")).toString() == QLatin1String("equal"),
                     qPrintable(QJsonDocument(t.toObject()).toJson()));
        QVERIFY(!tableRow(r.record, Sandbox::instance().value(QStringLiteral("PGX_HOSTILE_DB")),
                          QStringLiteral("order items d'été \"ü\"")).isEmpty());
        const QJsonArray commands = r.record.value(QStringLiteral("commands")).toArray();
        bool dump = false, restore = false;
        for (const auto &c : commands) {
            const QJsonObject o = c.toObject();
            QVERIFY(!o.value(QStringLiteral("host")).toString().isEmpty());
            const QString command = o.value(QStringLiteral("command")).toString();
            // Told by the command line, not by the purpose: that is words for the user, in their language. Both
            // hosts are asked every tool's --version.
            const bool asked = command.endsWith(QLatin1String(" --version"));
            const bool isDump = !asked && command.contains(QLatin1String("pg_dump"));
            const bool isRestore = !asked && command.contains(QLatin1String("pg_restore"));
            dump = dump || isDump;
            restore = restore || isRestore;
            // Restores run on the target host, inside its container; dumps on the source's.
            if (isRestore)
                QVERIFY(o.value(QStringLiteral("host")).toString().contains(QStringLiteral("%1:%2 › docker").arg(Sandbox::instance().value(QStringLiteral("PGX_DST_SSH_HOST")), Sandbox::instance().value(QStringLiteral("PGX_SSH_PORT")))));
            if (isDump)
                QVERIFY(o.value(QStringLiteral("host")).toString().contains(QStringLiteral("%1:%2 › docker").arg(Sandbox::instance().value(QStringLiteral("PGX_SRC_SSH_HOST")), Sandbox::instance().value(QStringLiteral("PGX_SSH_PORT")))));
        }
        QVERIFY(dump && restore);
        QDirIterator it(sessions, QDir::Files, QDirIterator::Subdirectories);
        int reports = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(m_password.toUtf8()), qPrintable(f.fileName()));
            ++reports;
        }
        QVERIFY(reports >= 4); // session.json + report.json/.html/.md
    }

    void brokenRowsAreCaughtByKey()
    {
        bool ok = false;
        const QString id = sandboxSql(QStringLiteral("dst"), QStringLiteral("account"), QStringLiteral("SELECT min(id) + 2 FROM users"), &ok);
        QVERIFY(ok);
        const QString sid = sandboxSql(QStringLiteral("dst"), QStringLiteral("account"), QStringLiteral("SELECT max(id) FROM sessions"), &ok);
        sandboxSql(QStringLiteral("dst"), QStringLiteral("account"),
                   QStringLiteral("ALTER TABLE users DISABLE TRIGGER ALL; UPDATE users SET email = email || '.changed' WHERE id = %1;"
                                  "DELETE FROM sessions WHERE id = %2;")
                       .arg(id, sid),
                   &ok);
        QVERIFY(ok);
        const CliRun r = CliRun::run(QStringList{QStringLiteral("verify")} + sandboxSshArgs() + targetOverTcp() +
                                         QStringList{QStringLiteral("--db"), QStringLiteral("account"), QStringLiteral("--strict"),
                                                     QStringLiteral("account.public.users"), QStringLiteral("--strict"),
                                                     QStringLiteral("account.public.organizations")},
                                     env(), m_dir.filePath(QStringLiteral("verify")));
        QVERIFY2(r.exitCode == 4, qPrintable(r.all().right(3000)));
        const QJsonObject users = tableRow(r.record, QStringLiteral("account"), QStringLiteral("users"));
        QCOMPARE(users.value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
        QVERIFY2(keys(users).contains(QStringLiteral("(%1)/changed").arg(id)), qPrintable(keys(users)));
        const QJsonObject sessions = tableRow(r.record, QStringLiteral("account"), QStringLiteral("sessions"));
        QVERIFY2(keys(sessions).contains(QStringLiteral("(%1)/missing-on-target").arg(sid)), qPrintable(keys(sessions)));
        const QJsonObject orgs = tableRow(r.record, QStringLiteral("account"), QStringLiteral("organizations"));
        QCOMPARE(orgs.value(QStringLiteral("status")).toString(), QStringLiteral("equal"));
        // Strict mode (the seed's ordered sha256, streamed): equal where equal, different where changed.
        QCOMPARE(orgs.value(QStringLiteral("sourceSha256")).toString().size(), 64);
        QCOMPARE(orgs.value(QStringLiteral("sourceSha256")), orgs.value(QStringLiteral("targetSha256")));
        QVERIFY(users.value(QStringLiteral("sourceSha256")).toString().size() == 64);
        QVERIFY(users.value(QStringLiteral("sourceSha256")) != users.value(QStringLiteral("targetSha256")));
    }

    void hostileNamesNeverRunAsCode()
    {
        const QString pwned = m_dir.filePath(QStringLiteral("pwned"));
        QStringList args = QStringList{QStringLiteral("check")} + sandboxSshArgs();
        args[args.indexOf(QStringLiteral("--source-container")) + 1] = QStringLiteral("x; touch %1; $(touch %1)").arg(pwned);
        const CliRun r = CliRun::run(args, env(), m_dir.filePath(QStringLiteral("hostile1")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(QStringLiteral("No such container")), qPrintable(r.all()));
        const CliRun r2 = CliRun::run(QStringList{QStringLiteral("check")} + sandboxSshArgs() +
                                          QStringList{QStringLiteral("--db"), QStringLiteral("$(touch %1)'; touch %1").arg(pwned)},
                                      env(), m_dir.filePath(QStringLiteral("hostile2")));
        QCOMPARE(r2.exitCode, 2);
        QVERIFY2(r2.all().contains(QStringLiteral("missing")), qPrintable(r2.all()));
        QVERIFY(!QFile::exists(pwned));
    }
};

QTEST_GUILESS_MAIN(TstCliMigrate)
#include "tst_cli_migrate.moc"

// Which checks run for which session, on the real servers: verify-only reads both sides and nothing
// else (both servers answer, the databases exist), a copy runs the whole checklist after those same
// rows, online readiness adds its rows last, a server that does not answer stops the list after the
// connection rows, and an unknown SSH host key travels as a structured fingerprint, never a changed one.
#include "Sandbox.h"
#include "postgres/PgClient.h"
#include "preflight/PreflightRunner.h"
#include "remote/LocalShell.h"
#include "remote/SshShell.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;
using pgcrossing::test::Sandbox;

namespace {

QString env(const char *key)
{
    return Sandbox::instance().value(QString::fromLatin1(key));
}

std::shared_ptr<PgClient> local(const char *prefix, int port = 0)
{
    const QString pre = QString::fromLatin1(prefix);
    PgConnection c;
    c.host = env(qPrintable(pre + QStringLiteral("SOCKET")));
    c.port = port ? port : env(qPrintable(pre + QStringLiteral("PGPORT"))).toInt();
    c.binDir = env("PGX_PG_BINDIR");
    return std::make_shared<PgClient>(std::make_shared<LocalShell>(), c);
}

QStringList ids(const QList<CheckResult> &rows)
{
    QStringList out;
    for (const CheckResult &r : rows)
        out << r.id;
    return out;
}

QList<CheckResult> preflight(PlanOptions::Mode mode, bool online = false,
                             std::shared_ptr<PgClient> source = local("PGX_SRC_"),
                             std::shared_ptr<PgClient> target = local("PGX_DST_"))
{
    PlanOptions o;
    o.mode = mode;
    o.databases = {DatabaseMapping{QStringLiteral("account"), QStringLiteral("account")}};
    PreflightRunner runner(std::move(source), std::move(target), o);
    runner.setOnlineReadiness(online);
    return runner.run();
}

const QStringList kVerifyRows{QStringLiteral("source.connect"), QStringLiteral("target.connect"),
                              QStringLiteral("source.databases")};

} // namespace

class TstPreflightModes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up"); }

    void verifyOnlyReadsBothSidesAndNothingElse()
    {
        const QList<CheckResult> rows = preflight(PlanOptions::Mode::VerifyOnly);
        QCOMPARE(ids(rows), kVerifyRows);
        for (const CheckResult &r : rows)
            QVERIFY2(r.status == CheckResult::Status::Passed, qPrintable(r.id + QLatin1Char(' ') + r.found));
    }

    void copyRunsTheWholeListAfterTheSameRows()
    {
        const QStringList copy = ids(preflight(PlanOptions::Mode::Copy));
        QCOMPARE(copy.mid(0, 3), kVerifyRows);
        for (const char *id : {"source.pg_dump", "source.privileges", "target.privileges", "target.version",
                               "target.pg_restore", "target.free-names", "target.extensions", "target.locale",
                               "source.no-writers", "source.prepared-xacts"})
            QVERIFY2(copy.contains(QString::fromLatin1(id)), id);
        QVERIFY(copy.indexOf(QStringLiteral("source.pg_dump")) < copy.indexOf(QStringLiteral("target.version")));
        QVERIFY(copy.indexOf(QStringLiteral("target.version")) < copy.indexOf(QStringLiteral("target.pg_restore")));
        QCOMPARE(copy.last(), QStringLiteral("source.prepared-xacts"));

        // A backup writes no target: none of the target's rows but what reading it costs nothing.
        const QStringList backup = ids(preflight(PlanOptions::Mode::BackupOnly));
        QCOMPARE(backup.mid(0, 4), kVerifyRows + QStringList{QStringLiteral("source.pg_dump")});
        for (const char *id : {"target.privileges", "target.version", "target.pg_restore", "target.free-names",
                               "target.extensions", "target.locale"})
            QVERIFY2(!backup.contains(QString::fromLatin1(id)), id);
    }

    void onlineReadinessComesLast()
    {
        const QStringList plain = ids(preflight(PlanOptions::Mode::Copy));
        const QStringList online = ids(preflight(PlanOptions::Mode::Copy, true));
        QVERIFY(online.size() > plain.size());
        QCOMPARE(online.mid(0, plain.size()), plain);
        for (const QString &id : online.mid(plain.size()))
            QVERIFY2(id.startsWith(QStringLiteral("online.")), qPrintable(id));
    }

    void aServerThatDoesNotAnswerStopsTheList()
    {
        const auto nowhere = [] { return local("PGX_DST_", 1); };
        const QList<CheckResult> rows = preflight(PlanOptions::Mode::Copy, false, local("PGX_SRC_"), nowhere());
        QCOMPARE(ids(rows), (QStringList{QStringLiteral("source.connect"), QStringLiteral("target.connect")}));
        QVERIFY(rows[1].blocks());
        QVERIFY(rows[1].hostKeyFingerprint.isEmpty());
        QVERIFY(!rows[1].toJson().contains(QStringLiteral("hostKeyFingerprint")));

        // As `check --online-readiness` always showed them: its rows follow, carrying the error.
        const QList<CheckResult> online = preflight(PlanOptions::Mode::Copy, true, local("PGX_SRC_"), nowhere());
        QCOMPARE(online.size(), 7);
        for (const CheckResult &r : online.mid(2))
            QVERIFY2(r.id.startsWith(QStringLiteral("online.")) && r.status == CheckResult::Status::Error, qPrintable(r.id));
    }

    void unknownHostKeyCarriesItsFingerprint()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SshConfig c;
        c.host = env("PGX_SRC_SSH_HOST");
        c.port = env("PGX_SSH_PORT").toInt();
        c.user = env("PGX_SSH_USER");
        c.auth = SshConfig::Auth::KeyFile;
        c.keyFile = env("PGX_SSH_KEY");
        c.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        QFile f(c.knownHostsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto overSsh = [&] { return std::make_shared<PgClient>(std::make_shared<SshShell>(c), PgConnection{}); };

        QList<CheckResult> rows = preflight(PlanOptions::Mode::VerifyOnly, false, overSsh());
        QCOMPARE(ids(rows), (QStringList{QStringLiteral("source.connect"), QStringLiteral("target.connect")}));
        QVERIFY(rows[0].blocks());
        QCOMPARE(rows[0].hostKeyFingerprint, env("PGX_SSH_HOSTKEY_FP_SRC"));
        QCOMPARE(rows[0].toJson().value(QStringLiteral("hostKeyFingerprint")).toString(), env("PGX_SSH_HOSTKEY_FP_SRC"));
        QVERIFY(rows[1].hostKeyFingerprint.isEmpty());

        // The target's key filed under the source's address: a changed key, which is never offered.
        QFile known(env("PGX_SSH_KNOWN_HOSTS"));
        QVERIFY(known.open(QIODevice::ReadOnly));
        QByteArray forged;
        const QByteArray dstHost = "[" + env("PGX_DST_SSH_HOST").toUtf8() + "]";
        for (const QByteArray &line : known.readAll().split('\n'))
            if (line.startsWith(dstHost))
                forged += QByteArray(line).replace(dstHost, "[" + c.host.toUtf8() + "]") + '\n';
        QVERIFY(!forged.isEmpty());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(forged);
        f.close();
        rows = preflight(PlanOptions::Mode::VerifyOnly, false, overSsh());
        QVERIFY(rows[0].blocks());
        QVERIFY2(rows[0].found.contains(QStringLiteral("changed")), qPrintable(rows[0].found));
        QVERIFY(rows[0].hostKeyFingerprint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPreflightModes)
#include "tst_preflight_modes.moc"

// Plans per mode: which steps run, in which order, and which ones touch the source — what the user is
// shown before anything runs. Plus the pure pieces: role-script filtering, plan JSON, dump file names.
#include "migration/PlanBuilder.h"
#include "migration/steps/BackupDatabaseStep.h"
#include "migration/steps/CopyGlobalsStep.h"
#include "migration/steps/DumpFileStep.h"
#include "model/PlanOptions.h"

#include <QFileInfo>
#include <QtTest>

using namespace pgcrossing;

namespace {
QStringList ids(const Plan &p)
{
    QStringList out;
    for (const auto &s : p.steps)
        out << s->id();
    return out;
}
PlanOptions options(PlanOptions::Mode mode)
{
    PlanOptions o;
    o.mode = mode;
    o.databases = {{QStringLiteral("account"), QStringLiteral("account")}, {QStringLiteral("kb"), QStringLiteral("kb_new")}};
    return o;
}
} // namespace

class TstPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copyNeverTouchesTheSource()
    {
        const Plan p = PlanBuilder::build(options(PlanOptions::Mode::Copy), QStringLiteral("/tmp/x"));
        QCOMPARE(ids(p), (QStringList{"inspect", "claim-target:account", "claim-target:kb_new", "copy-roles", "copy-database:account", "sync-sequences:account", "analyze:account",
                                      "copy-database:kb", "sync-sequences:kb", "analyze:kb_new", "verify"}));
        QVERIFY(!p.touchesSource());
        QVERIFY(p.touchesTarget());
        QCOMPARE(p.onFailure.size(), 1); // an empty claimed target database is given back (ReleaseClaimsStep)
    }
    void stopWriteHoldsOnlyWhenAsked()
    {
        PlanOptions o = options(PlanOptions::Mode::StopWrite);
        Plan p = PlanBuilder::build(o, QStringLiteral("/tmp/x"));
        QVERIFY(!p.touchesSource());
        QCOMPARE(ids(p).mid(0, 4), (QStringList{"inspect", "claim-target:account", "claim-target:kb_new", "check-no-writers"}));
        o.holdWrites = true;
        p = PlanBuilder::build(o, QStringLiteral("/tmp/x"));
        QVERIFY(p.touchesSource());
        // The names are claimed before the source is held: a refused second session holds nothing.
        QCOMPARE(ids(p).mid(0, 5), (QStringList{"inspect", "claim-target:account", "claim-target:kb_new", "hold-writes", "check-no-writers"}));
        QCOMPARE(p.onFailure.size(), 2); // the hold is undone when the session fails, and the empty claim given back
    }
    void replaceRenamesAsideFirst()
    {
        PlanOptions o = options(PlanOptions::Mode::Copy);
        o.replaceExisting = true;
        const QStringList s = ids(PlanBuilder::build(o, QStringLiteral("/tmp/x")));
        // Renamed aside, then the free name claimed, before anything else.
        QCOMPARE(s.mid(0, 5), (QStringList{"inspect", "rename-aside:account", "rename-aside:kb_new", "claim-target:account",
                                           "claim-target:kb_new"}));
    }
    void fileTransferDumpsShipsThenRestores()
    {
        PlanOptions o = options(PlanOptions::Mode::Copy);
        o.transfer = PlanOptions::Transfer::Files;
        const QStringList s = ids(PlanBuilder::build(o, QStringLiteral("/tmp/x")));
        QCOMPARE(s.mid(4, 3), (QStringList{"dump-file:account", "ship-dump:account", "copy-database:account"}));
    }
    void dumpPathsKeepSidesApart()
    {
        PlanOptions o;
        o.dumpDir = QStringLiteral("/srv/dumps/");
        const QString src = DumpFileStep::path(o, QStringLiteral("S1"), QStringLiteral("source"), QStringLiteral("a b/../c"));
        const QString dst = DumpFileStep::path(o, QStringLiteral("S1"), QStringLiteral("target"), QStringLiteral("a b/../c"));
        QVERIFY(src != dst); // one filesystem under both endpoints must not clobber the file being read
        // The database name cannot leave its folder: every '/' in it is encoded.
        QCOMPARE(QFileInfo(src).path(), QStringLiteral("/srv/dumps/S1/source"));
    }
    void backupTouchesNothing()
    {
        const Plan p = PlanBuilder::build(options(PlanOptions::Mode::BackupOnly), QStringLiteral("/tmp/x"));
        QCOMPARE(ids(p), (QStringList{"inspect", "backup-globals", "backup:account", "backup:kb"}));
        QVERIFY(!p.touchesSource());
        QVERIFY(!p.touchesTarget());
    }
    void planOptionsRoundTrip()
    {
        PlanOptions o = options(PlanOptions::Mode::StopWrite);
        o.holdWrites = true;
        o.compression = 3;
        o.strictTables = {QStringLiteral("account.public.users")};
        QString error;
        const PlanOptions back = PlanOptions::fromJson(o.toJson(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back.toJson(), o.toJson());
        PlanOptions::fromJson(QJsonObject{{QStringLiteral("mode"), QStringLiteral("online")}}, &error);
        QVERIFY(error.contains(QStringLiteral("online")));
    }
    void rolesScriptKeepsOnlyMissingRoles()
    {
        const QString script = QStringLiteral(
            "SET default_transaction_read_only = off;\n"
            "CREATE ROLE app_owner;\n"
            "ALTER ROLE app_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN;\n"
            "CREATE ROLE postgres;\n"
            "ALTER ROLE postgres WITH SUPERUSER PASSWORD 'SCRAM-SHA-256$4096:xyz';\n"
            "CREATE ROLE \"we\"\"ird role\";\n"
            "ALTER ROLE \"we\"\"ird role\" WITH LOGIN;\n"
            "GRANT app_owner TO \"we\"\"ird role\" GRANTED BY postgres;\n"
            "GRANT app_owner TO postgres GRANTED BY postgres;\n");
        const QString kept = CopyGlobalsStep::filterRolesScript(script, {QStringLiteral("app_owner"), QStringLiteral("we\"ird role")});
        QVERIFY(kept.contains(QStringLiteral("CREATE ROLE app_owner;")));
        QVERIFY(kept.contains(QStringLiteral("ALTER ROLE \"we\"\"ird role\" WITH LOGIN;")));
        QVERIFY(kept.contains(QStringLiteral("GRANT app_owner TO \"we\"\"ird role\"")));
        // An existing role is never altered: its password on the target stays as it is.
        QVERIFY(!kept.contains(QStringLiteral("ALTER ROLE postgres")));
        QVERIFY(!kept.contains(QStringLiteral("TO postgres")));
    }
    void dumpFileNamesAreSafe()
    {
        QCOMPARE(BackupDatabaseStep::safeFileName(QStringLiteral("account")), QStringLiteral("account"));
        const QString hostile = BackupDatabaseStep::safeFileName(QStringLiteral("Ledger d'été; $HOME \"ü\"/../x"));
        QVERIFY(!hostile.contains(QLatin1Char('/')));
        QVERIFY(!hostile.contains(QLatin1Char(' ')));
        QVERIFY(!hostile.contains(QLatin1Char('$')));
        QVERIFY(!BackupDatabaseStep::safeFileName(QStringLiteral("..")).startsWith(QLatin1Char('.')));
    }
};

QTEST_GUILESS_MAIN(TstPlan)
#include "tst_plan.moc"

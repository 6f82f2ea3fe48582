// Issue 12 §3, "pg_restore fails half-way on an object", for copy and stop-write (backup restores nothing).
// The object is one no preflight can foresee, and one DBAs meet for real: an expression index over an
// IMMUTABLE SQL function whose body calls another function without its schema. It works on the source (the
// index was built with public on the search_path), but pg_restore restores with an empty search_path, so the
// index build fails after every table's data is in. The CLI must stop there (--exit-on-error is the default),
// name the index and the error, mark the target INCOMPLETE, run nothing after the copy, put the source back
// (the held writes are released), and once the DBA fixes the function on the source, --resume completes and
// verifies every table equal.
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"
#include "SourceSnapshot.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const QString kDb = QStringLiteral("pgx_fault_object");

QString comment(const QString &side)
{
    return sandboxSql(side, QStringLiteral("postgres"),
                      QStringLiteral("SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = '%1'").arg(kDb));
}
} // namespace

class TstFaultRestore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
    }

    void stopsAtTheObject_data()
    {
        QTest::addColumn<QStringList>("mode");
        QTest::newRow("copy") << QStringList{QStringLiteral("migrate")};
        QTest::newRow("stop-write") << QStringList{QStringLiteral("migrate"), QStringLiteral("--mode"), QStringLiteral("stop-write"),
                                                   QStringLiteral("--hold-writes")};
    }

    void stopsAtTheObject()
    {
        QFETCH(QStringList, mode);
        QVERIFY(dropSandboxDatabase(QStringLiteral("dst"), kDb));
        QVERIFY(createSourceDatabase(kDb, QStringLiteral(
            "CREATE FUNCTION pgx_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(t)';\n"
            "CREATE FUNCTION pgx_norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT pgx_fold(t)';\n"
            "CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL);\n"
            "INSERT INTO items (name) SELECT 'Item ' || i FROM generate_series(1, 20000) i;\n"
            "CREATE INDEX items_norm_idx ON items (pgx_norm(name));\n"
            "CREATE TABLE zz_last (id int PRIMARY KEY); INSERT INTO zz_last VALUES (1), (2);")));
        const SourceSnapshot before = SourceSnapshot::take({kDb});
        QVERIFY2(before.ok(), qPrintable(before.error()));

        const QString sessions = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        double detected = -1;
        const CliRun r = FaultChecks::runWithFault(mode + sandboxSshArgs() + QStringList{QStringLiteral("--db"), kDb, QStringLiteral("--no-roles")},
                                                   sessions, "# restore " + kDb.toUtf8(), {}, {}, &detected);
        // Failed (3), never a success with a missing index.
        QVERIFY2(r.exitCode == 3, qPrintable(FaultChecks::said(r)));
        QCOMPARE(r.record.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        const QJsonObject copy = FaultChecks::step(r.record, QStringLiteral("Copy database"));
        QCOMPARE(copy.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QString message = copy.value(QStringLiteral("message")).toString();
        // The object, pg_restore's error verbatim, what to do, and the target's state.
        QVERIFY2(message.contains(QStringLiteral("CREATE INDEX items_norm_idx")) &&
                     message.contains(QStringLiteral("function pgx_fold(text) does not exist")) &&
                     message.contains(QStringLiteral("resume the session")) && message.contains(QStringLiteral("INCOMPLETE")),
                 qPrintable(message));
        QVERIFY2(r.all().contains(QStringLiteral("items_norm_idx")), qPrintable(FaultChecks::said(r)));
        // Exit-on-error is the default: the record says so, and pg_restore ran with it.
        QVERIFY(r.record.value(QStringLiteral("options")).toObject().value(QStringLiteral("exitOnError")).toBool());
        bool restoreWithExitOnError = false;
        for (const auto &c : r.record.value(QStringLiteral("commands")).toArray()) {
            const QString argv = QString::fromUtf8(QJsonDocument(c.toObject()).toJson(QJsonDocument::Compact));
            restoreWithExitOnError = restoreWithExitOnError || (argv.contains(QStringLiteral("pg_restore")) &&
                                                                argv.contains(QStringLiteral("--exit-on-error")));
        }
        QVERIFY(restoreWithExitOnError);
        // INCOMPLETE: in the record and on the target database itself.
        QCOMPARE(FaultChecks::targetState(r.record, kDb), QStringLiteral("INCOMPLETE"));
        QVERIFY2(comment(QStringLiteral("dst")).contains(QStringLiteral("INCOMPLETE")), qPrintable(comment(QStringLiteral("dst"))));
        // Nothing silently skipped: no step after the copy ran, nothing says verified.
        bool after = false;
        for (const auto &s : r.record.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject o = s.toObject();
            if (after)
                QVERIFY2(o.value(QStringLiteral("status")).toString() == QLatin1String("pending"),
                         qPrintable(o.value(QStringLiteral("title")).toString() + QStringLiteral(": ") + o.value(QStringLiteral("status")).toString()));
            after = after || o.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Copy database"));
        }
        QVERIFY(FaultChecks::verdict(r.record) != QLatin1String("equal"));

        // After the fault: the source as it was (the held writes released), nothing running, no secret anywhere.
        QCOMPARE(SourceSnapshot::take({kDb}).differences(before), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(r), QStringList());

        // The DBA's fix on the source (the function finds its callee whatever the search_path), then resume.
        bool ok = false;
        sandboxSql(QStringLiteral("src"), kDb, QStringLiteral("ALTER FUNCTION pgx_norm(text) SET search_path = public"), &ok);
        QVERIFY(ok);
        const SourceSnapshot fixed = SourceSnapshot::take({kDb});
        const CliRun resumed = FaultChecks::resume(QStringLiteral("migrate"), r.recordPath, sessions);
        QVERIFY2(resumed.exitCode == 0, qPrintable(FaultChecks::said(resumed)));
        int tables = 0;
        QCOMPARE(FaultChecks::verdict(resumed.record, &tables), QStringLiteral("equal"));
        QCOMPARE(tables, 2);
        QCOMPARE(FaultChecks::targetState(resumed.record, kDb), QStringLiteral("complete"));
        QCOMPARE(sandboxSql(QStringLiteral("dst"), kDb, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'items_norm_idx'")),
                 QStringLiteral("1"));
        QString resumeResult = QStringLiteral("exit %1, %2, %3 tables equal").arg(resumed.exitCode).arg(resumed.record.value(QStringLiteral("outcome")).toString()).arg(tables);
        if (mode.contains(QStringLiteral("--hold-writes"))) {
            // The resumed stop-write held the writes again, and left them held until revert.
            QCOMPARE(sandboxSql(QStringLiteral("src"), kDb, QStringLiteral("SHOW default_transaction_read_only")), QStringLiteral("on"));
            const CliRun back = FaultChecks::revert(r.recordPath);
            QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
            resumeResult += QStringLiteral(", revert exit %1").arg(back.exitCode);
        }
        QCOMPARE(SourceSnapshot::take({kDb}).differences(fixed), QString());
        QCOMPARE(FaultChecks::waitNothingRunning(30000), QStringList());
        QCOMPARE(FaultChecks::leakedSecrets(sessions, r.all() + resumed.all()), QStringList());

        FaultChecks::print(QStringLiteral("pg_restore fails on an object (%1)").arg(QString::fromLatin1(QTest::currentDataTag())),
                           QStringLiteral("exit %1, \"%2\"").arg(r.exitCode).arg(message.left(600)), detected, resumeResult);
    }

    void cleanupTestCase()
    {
        dropSandboxDatabase(QStringLiteral("src"), kDb);
        dropSandboxDatabase(QStringLiteral("dst"), kDb);
    }
};

QTEST_GUILESS_MAIN(TstFaultRestore)
#include "tst_fault_restore.moc"

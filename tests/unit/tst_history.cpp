// The session history: past sessions listed from a small SQLite file, as the wizard shows them.
#include "history/SessionHistory.h"
#include "session/MigrationSession.h"
#include "model/SessionRecord.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLockFile>
#include <QtTest>

using namespace pgcrossing;

namespace {
SessionRecord makeRecord(const QString &id, const QDateTime &started)
{
    Endpoint src;
    src.kind = Endpoint::Kind::Ssh;
    src.ssh.host = QStringLiteral("127.0.0.2");
    src.ssh.port = 2222;
    src.ssh.user = QStringLiteral("root");
    src.containerEngine = QStringLiteral("docker");
    src.container = QStringLiteral("postgresql-svc-plus");
    Endpoint dst;
    dst.pg.host = QStringLiteral("127.0.0.1");
    dst.pg.port = 5433;
    PlanOptions opt;
    opt.mode = PlanOptions::Mode::StopWrite;
    opt.databases = {{QStringLiteral("account"), QStringLiteral("account")},
                     {QStringLiteral("数据库"), QStringLiteral("shop_new")}};
    SessionRecord r = SessionRecord::create(src, dst, opt);
    r.id = id;
    r.createdAt = started;
    return r;
}
} // namespace

class TstHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // A connection left in use or a duplicate connection name shows as a Qt warning.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void savedSessionIsListedAfterReopening()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("nested/folder/history.sqlite")); // the folder is created
        const QDateTime started = QDateTime::fromString(QStringLiteral("2025-03-01T10:15:30.250Z"), Qt::ISODateWithMs);
        SessionRecord r = makeRecord(QStringLiteral("20250301-101530-abc123"), started);
        r.finishedAt = started.addSecs(95);
        r.run = SessionOutcome::Succeeded;
        r.verification.verdict = VerificationVerdict::Equal;
        QString error;
        {
            SessionHistory history(file);
            QVERIFY2(history.open(&error), qPrintable(error));
            QVERIFY2(history.upsert(r, QStringLiteral("/home/dba/sessions/a.json"), &error), qPrintable(error));
        }
        SessionHistory again(file); // as after a restart
        QVERIFY2(again.open(&error), qPrintable(error));
        const QList<SessionSummary> list = again.list(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 1);
        const SessionSummary &s = list.first();
        QCOMPARE(s.id, r.id);
        QCOMPARE(s.startedAt, started);
        QCOMPARE(s.finishedAt, started.addSecs(95));
        QCOMPARE(s.sourceLabel, r.source.fullLabel());
        QVERIFY(s.sourceLabel.contains(QStringLiteral("postgresql-svc-plus")));
        QCOMPARE(s.targetLabel, r.target.fullLabel());
        QCOMPARE(s.databases, (QStringList{QStringLiteral("account"), QStringLiteral("数据库")})); // source names
        QCOMPARE(s.mode, PlanOptions::Mode::StopWrite);
        QCOMPARE(s.outcome, SessionOutcome::Succeeded);
        QCOMPARE(s.verdict, VerificationVerdict::Equal);
        QCOMPARE(s.recordPath, QStringLiteral("/home/dba/sessions/a.json"));
    }

    void newestFirst()
    {
        QTemporaryDir dir;
        SessionHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate);
        // Saved out of order; one id sorts against its time, so the order comes from the times.
        QVERIFY(history.upsert(makeRecord(QStringLiteral("b-middle"), t0.addDays(1)), QString(), &error));
        QVERIFY(history.upsert(makeRecord(QStringLiteral("c-oldest"), t0), QString(), &error));
        QVERIFY(history.upsert(makeRecord(QStringLiteral("a-newest"), t0.addDays(2)), QString(), &error));
        QStringList ids;
        for (const auto &s : history.list(&error))
            ids << s.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("a-newest"), QStringLiteral("b-middle"), QStringLiteral("c-oldest")}));
    }

    void savingAgainUpdatesTheSameSession()
    {
        QTemporaryDir dir;
        SessionHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        SessionRecord r = makeRecord(QStringLiteral("s1"), QDateTime::currentDateTimeUtc());
        const QString recordPath = dir.filePath(QStringLiteral("s1/session.json"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("s1"))));
        QVERIFY2(history.upsert(r, recordPath, &error), qPrintable(error)); // running, not verified
        QCOMPARE(history.list().first().verdict, VerificationVerdict::NotVerified);
        // "Running" is believed only while a process holds the session's lock; otherwise it was interrupted.
        QCOMPARE(history.list().first().outcome, SessionOutcome::Interrupted);
        {
            QLockFile held(SessionHistory::lockPath(recordPath));
            QVERIFY(held.tryLock(0));
            QCOMPARE(history.list().first().outcome, SessionOutcome::Running);
        }

        r.run = SessionOutcome::SucceededWithWarnings;
        r.finishedAt = r.createdAt.addSecs(60);
        r.verification.verdict = VerificationVerdict::Different;
        QVERIFY2(history.upsert(r, recordPath, &error), qPrintable(error));
        const auto list = history.list(&error);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().verdict, VerificationVerdict::Different);
        // The history lists the end state: a run that went through with a verified difference failed.
        QCOMPARE(list.first().outcome, SessionOutcome::Failed);
        QCOMPARE(list.first().finishedAt, r.finishedAt);
    }

    void removeForgetsOneSession()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.sqlite"));
        QString error;
        {
            SessionHistory history(file);
            QVERIFY2(history.open(&error), qPrintable(error));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(history.upsert(makeRecord(QStringLiteral("keep"), now), QString(), &error));
            QVERIFY(history.upsert(makeRecord(QStringLiteral("drop'; DROP TABLE sessions; --"), now.addSecs(1)), QString(), &error));
            QVERIFY2(history.remove(QStringLiteral("drop'; DROP TABLE sessions; --"), &error), qPrintable(error));
            QVERIFY(!history.remove(QStringLiteral("never-saved"), &error));
            QVERIFY2(error.contains(QStringLiteral("never-saved")), qPrintable(error));
        }
        SessionHistory again(file);
        QVERIFY2(again.open(&error), qPrintable(error));
        const auto list = again.list(&error);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, QStringLiteral("keep"));
    }

    void twoInstancesShareOneFile()
    {
        // The wizard and the CLI (or two windows) each have their own connection to the same file.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.sqlite"));
        SessionHistory a(file);
        SessionHistory b(file);
        QString error;
        QVERIFY2(a.open(&error), qPrintable(error));
        QVERIFY2(b.open(&error), qPrintable(error));
        QVERIFY2(a.upsert(makeRecord(QStringLiteral("from-a"), QDateTime::currentDateTimeUtc()), QString(), &error), qPrintable(error));
        const auto seen = b.list(&error);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().id, QStringLiteral("from-a"));
    }

    void unwritablePathGivesAClearError()
    {
        QTemporaryDir dir;
        // A file where the folder should be: no one can create the history there, root included.
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString file = dir.filePath(QStringLiteral("not-a-folder/history.sqlite"));
        SessionHistory history(file);
        QString error;
        QVERIFY(!history.open(&error));
        QVERIFY2(error.contains(QStringLiteral("session history")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("cannot be created")), qPrintable(error));
        // Using it anyway says so instead of failing silently.
        error.clear();
        QVERIFY(!history.upsert(makeRecord(QStringLiteral("x"), QDateTime::currentDateTimeUtc()), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
        error.clear();
        QVERIFY(history.list(&error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
    }

    void fileThatIsNotAHistoryIsReported()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        SessionHistory history(junk.fileName());
        QString error;
        QVERIFY(!history.open(&error));
        QVERIFY2(error.contains(QStringLiteral("not a database")), qPrintable(error));
    }

    void rowsOfAnEarlierVersionAreJudgedAgain()
    {
        // An earlier version listed the run's own outcome: "succeeded" above a verified difference.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.sqlite"));
        const QString recordPath = dir.filePath(QStringLiteral("s1/session.json"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("s1"))));
        SessionRecord r = makeRecord(QStringLiteral("s1"), QDateTime::currentDateTimeUtc());
        r.run = SessionOutcome::Succeeded;
        r.verification.verdict = VerificationVerdict::Different;
        r.verification.summary.differs = 1;
        QVERIFY(r.save(recordPath));
        QString error;
        {
            SessionHistory history(file);
            QVERIFY2(history.open(&error) && history.upsert(r, recordPath, &error), qPrintable(error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET outcome = 'succeeded'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema1"));
        SessionHistory history(file);
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.list().first().outcome, SessionOutcome::Failed);
    }

    void sessionsLiveInOnePgcrossingFolder()
    {
        // As the apps name themselves (organization and application "pgcrossing"): never pgcrossing/pgcrossing.
        QCoreApplication::setOrganizationName(QStringLiteral("pgcrossing"));
        QCoreApplication::setApplicationName(QStringLiteral("pgcrossing"));
        QStandardPaths::setTestModeEnabled(true);
        const QString root = MigrationSession::defaultSessionsRoot();
        QVERIFY2(root.endsWith(QStringLiteral("/pgcrossing/sessions")), qPrintable(root));
        QVERIFY2(!root.contains(QStringLiteral("pgcrossing/pgcrossing")), qPrintable(root));
        QCOMPARE(SessionHistory::pathFor(root), root + QStringLiteral("/history.sqlite"));
        QStandardPaths::setTestModeEnabled(false);
    }
};

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"

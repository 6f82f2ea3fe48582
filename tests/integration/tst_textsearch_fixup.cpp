// The jieba_search / content_tsv case of seed 000 §5, carried for real. pg_jieba cannot be built here (no
// network, no package), so a STAND-IN extension, pgx_jieba_standin, is installed for the test (see
// installJiebaStandIn in tests/support): the shape pg_jieba has, a parser and a configuration. The stand-in does not crash the server as pg_jieba's parser does; what the test
// proves is the rest: the check finds the configuration and what depends on it and blocks until the fix-up
// is chosen; with it, the migration (streamed, and by dump file) creates jieba_search on the target and
// restores content_tsv with identical values, and the source's schema is byte-identical before and after
// (pg_dump --schema-only), with the loan recorded and given back.
#include "CliRun.h"
#include "FaultChecks.h"
#include "Sandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const char *kDb = "pgx_jieba_case";
const char *kExt = "pgx_jieba_standin";

// What pg_dump --schema-only prints for the source database (the proof that it is unchanged).
QByteArray sourceSchema(const QString &db = QString::fromLatin1(kDb))
{
    const Sandbox &s = Sandbox::instance();
    QProcess p;
    p.start(s.value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/pg_dump"),
            {QStringLiteral("-h"), s.value(QStringLiteral("PGX_SRC_SOCKET")), QStringLiteral("-p"), s.value(QStringLiteral("PGX_SRC_PGPORT")),
             QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--schema-only"),
             // A fixed key for the \\restrict line pg_dump 15.14+ writes, else random on each run.
             QStringLiteral("--restrict-key=pgcrossingtest"), db});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return "pg_dump failed: " + p.readAllStandardError();
    return p.readAllStandardOutput();
}

QString lentCount(const QString &db)
{
    bool ok = false;
    const QString n = sandboxSql(QStringLiteral("src"), db,
                                 QStringLiteral("SELECT count(*) FROM pg_depend WHERE classid = 'pg_ts_config'::regclass "
                                                "AND objid = 'public.jieba_search'::regconfig AND deptype = 'e'"), &ok);
    return ok ? n.trimmed() : QStringLiteral("(query failed)");
}

// What the source server logged since offset (the test database logs every statement).
QString sourceLogSince(qint64 *offset)
{
    QFile f(Sandbox::instance().value(QStringLiteral("PGX_SRC_PGDATA")) + QStringLiteral("/server.log"));
    if (!f.open(QIODevice::ReadOnly) || !f.seek(*offset))
        return QStringLiteral("(cannot read the source's server.log)");
    const QString text = QString::fromUtf8(f.readAll());
    *offset = f.pos();
    return text;
}

qint64 sourceLogEnd()
{
    return QFileInfo(Sandbox::instance().value(QStringLiteral("PGX_SRC_PGDATA")) + QStringLiteral("/server.log")).size();
}

const char *kTsvDigest = "SELECT md5(string_agg(id || ':' || content_tsv::text, '|' ORDER BY id)) FROM documents";
} // namespace

class TstTextSearchFixup : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_schemaBefore;

    void dropCopies()
    {
        for (const char *db : {"pgx_jieba_case", "pgx_jieba_case_files", "pgx_jieba_crash"})
            sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(db)));
    }

    void migratesWith(const QStringList &extra, const QString &targetDb)
    {
        qint64 log = sourceLogEnd();
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("migrate"), QStringLiteral("%1:%2").arg(QLatin1String(kDb), targetDb))
                                         << QStringLiteral("--fix-text-search") << extra,
                                     sandboxPgEnv(), m_dir.filePath(targetDb));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        // pg_dump never asked the extension's parser for its token names (the call that crashes pg_jieba)...
        const QString during = sourceLogSince(&log);
        QVERIFY2(during.contains(QStringLiteral("@%1 LOG:  statement:").arg(QLatin1String(kDb))), qPrintable(during.right(2000)));
        QVERIFY2(!during.contains(QStringLiteral("ts_token_type")), "pg_dump called ts_token_type during the migration");
        // The source: as it was, byte for byte, and the loan recorded with its undo and given back.
        QCOMPARE(sourceSchema(), m_schemaBefore);
        // ... while a plain pg_dump of the same database does (the control).
        QVERIFY2(sourceLogSince(&log).contains(QStringLiteral("ts_token_type")), "a plain pg_dump did not call ts_token_type");
        const QJsonArray changes = r.record.value(QStringLiteral("sourceChanges")).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject loan = changes[0].toObject();
        QVERIFY2(loan.value(QStringLiteral("revertSql")).toString().contains(
                     QStringLiteral("ALTER EXTENSION \"%1\" DROP TEXT SEARCH CONFIGURATION public.jieba_search").arg(QLatin1String(kExt))),
                 qPrintable(loan.value(QStringLiteral("revertSql")).toString()));
        QVERIFY(loan.value(QStringLiteral("reverted")).toBool());
        QCOMPARE(lentCount(QString::fromLatin1(kDb)), QStringLiteral("0"));
        bool ok = false;

        // The target: the configuration over the extension's parser, and content_tsv with the same values.
        const QString parser = sandboxSql(QStringLiteral("dst"), targetDb,
                                          QStringLiteral("SELECT p.prsname FROM pg_ts_config c JOIN pg_ts_parser p ON p.oid = c.cfgparser "
                                                         "WHERE c.oid = 'public.jieba_search'::regconfig"), &ok);
        QVERIFY(ok);
        QCOMPARE(parser.trimmed(), QStringLiteral("jieba"));
        const QString src = sandboxSql(QStringLiteral("src"), QString::fromLatin1(kDb), QString::fromLatin1(kTsvDigest), &ok);
        QVERIFY(ok);
        const QString dst = sandboxSql(QStringLiteral("dst"), targetDb, QString::fromLatin1(kTsvDigest), &ok);
        QVERIFY(ok);
        QCOMPARE(dst.trimmed(), src.trimmed());
        QVERIFY(src.trimmed().size() == 32);
        const QString generated = sandboxSql(QStringLiteral("dst"), targetDb,
                                             QStringLiteral("SELECT attgenerated FROM pg_attribute WHERE attrelid = 'documents'::regclass "
                                                            "AND attname = 'content_tsv'"), &ok);
        QCOMPARE(generated.trimmed(), QStringLiteral("s"));
        // The verifier compared every table, content_tsv included.
        QCOMPARE(r.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(installJiebaStandIn());
        dropCopies();
        QVERIFY(createJiebaCase(QString::fromLatin1(kDb)));
        // Every statement run in it is logged: the proof of what pg_dump asked (pg_dump --schema-only without
        // --create does not show database settings, so the schema comparison is unaffected).
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(QLatin1String(kDb)), &ok);
        QVERIFY(ok);
        m_schemaBefore = sourceSchema();
        QVERIFY2(m_schemaBefore.contains("content_tsv tsvector GENERATED ALWAYS"), m_schemaBefore.constData());
    }

    void healthyDatabasePasses()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("knowledge_db")), sandboxPgEnv(),
                                     m_dir.filePath(QStringLiteral("healthy")));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  [knowledge_db] pg_dump can dump the text-search configurations")), qPrintable(r.all()));
    }

    void blocksUntilTheFixIsChosen()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb)), sandboxPgEnv(),
                                     m_dir.filePath(QStringLiteral("blocked")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  [%1] pg_dump can dump the text-search configurations").arg(QLatin1String(kDb))), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("public.jieba_search uses parser jieba of extension pgx_jieba_standin")));
        QVERIFY(r.out.contains(QStringLiteral("default value for column content_tsv of table documents")));
        QVERIFY(r.out.contains(QStringLiteral("--fix-text-search")));
        QVERIFY(r.out.contains(QStringLiteral("COPY = public.jiebacfg")));

        // A backup's pg_dump meets the same parser: said, not fixed (the file must hold the configuration).
        const CliRun backup = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb))
                                              << QStringLiteral("--mode") << QStringLiteral("backup"),
                                          sandboxPgEnv(), m_dir.filePath(QStringLiteral("backup")));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.all()));
        QVERIFY2(backup.out.contains(QStringLiteral("WARN  [%1] pg_dump can dump the text-search configurations").arg(QLatin1String(kDb))), qPrintable(backup.out));

        const CliRun fixed = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb)) << QStringLiteral("--fix-text-search"),
                                         sandboxPgEnv(), m_dir.filePath(QStringLiteral("fixed")));
        QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.all()));
        QVERIFY2(fixed.out.contains(QStringLiteral("WARN  [%1] pg_dump can dump the text-search configurations").arg(QLatin1String(kDb))), qPrintable(fixed.out));
        QCOMPARE(sourceSchema(), m_schemaBefore);
    }

    // The loan needs the login to own the configuration and its extension: a plain login is refused at the
    // checklist, before anything runs.
    void lendingNeedsOwnership()
    {
        const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("DROP ROLE IF EXISTS pgx_ts_login; CREATE ROLE pgx_ts_login LOGIN PASSWORD '%1'").arg(password), &ok);
        QVERIFY(ok);
        QProcessEnvironment env = sandboxPgEnv();
        env.insert(QStringLiteral("PGCROSSING_SOURCE_PGPASSWORD"), password);
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb))
                                         << QStringLiteral("--fix-text-search") << QStringLiteral("--source-pg-user") << QStringLiteral("pgx_ts_login"),
                                     env, m_dir.filePath(QStringLiteral("not-owner")));
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS pgx_ts_login"));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  [%1] pg_dump can dump the text-search configurations").arg(QLatin1String(kDb))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("needs the source login to own both: public.jieba_search (owner postgres) and "
                                               "extension pgx_jieba_standin")),
                 qPrintable(r.out));
        QCOMPARE(lentCount(QString::fromLatin1(kDb)), QStringLiteral("0"));
    }

    void streamedMigrationCarriesItApart() { migratesWith({}, QString::fromLatin1(kDb)); }

    void dumpFileMigrationCarriesItApart()
    {
        migratesWith({QStringLiteral("--transfer"), QStringLiteral("files"), QStringLiteral("--dump-dir"), m_dir.filePath(QStringLiteral("dumps"))},
                     QStringLiteral("pgx_jieba_case_files"));
    }

    // The process dies (SIGKILL) while the configuration is lent: the record holds the loan and its undo,
    // `revert` gives it back (the source's schema is byte-identical again), and `--resume` carries the
    // database, lending and giving back once more.
    void crashDuringTheLoanIsRevertedThenResumed()
    {
        const QString db = QStringLiteral("pgx_jieba_crash");
        QVERIFY(createJiebaCase(db));
        bool ok = false;
        // Big enough that the stream is still running when the process is killed.
        sandboxSql(QStringLiteral("src"), db, QStringLiteral("CREATE TABLE bulk AS SELECT i, md5(i::text) AS h FROM generate_series(1, 800000) i"), &ok);
        QVERIFY(ok);
        const QByteArray before = sourceSchema(db);
        const QString sessions = m_dir.filePath(QStringLiteral("crash"));
        QProcess p;
        p.setProcessEnvironment(sandboxPgEnv());
        p.start(QStringLiteral(PGX_CLI_PATH), sandboxLocalArgs(QStringLiteral("migrate"), db)
                                                  << QStringLiteral("--fix-text-search") << QStringLiteral("--session-dir") << sessions);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("lent to extension") &&
                                     err.contains("# restore " + db.toUtf8()) && FaultChecks::sandboxProcessCount(QStringLiteral("pg_restore")) > 0,
                                 60000);
        p.kill();
        QVERIFY(p.waitForFinished(30000));
        QTRY_COMPARE_WITH_TIMEOUT(FaultChecks::sandboxProcessCount(QStringLiteral("pg_dump")) + FaultChecks::sandboxProcessCount(QStringLiteral("pg_restore")), 0, 30000);
        QCOMPARE(lentCount(db), QStringLiteral("1")); // the loan outlived the process

        CliRun crashed;
        crashed.sessionDir = sessions;
        crashed.loadRecord();
        QVERIFY(!crashed.recordPath.isEmpty());
        const QJsonObject loan = crashed.record.value(QStringLiteral("sourceChanges")).toArray().first().toObject();
        QVERIFY(!loan.value(QStringLiteral("reverted")).toBool());

        const CliRun back = CliRun::run({QStringLiteral("revert"), QStringLiteral("--session"), crashed.recordPath}, sandboxPgEnv(), QString());
        QVERIFY2(back.exitCode == 0, qPrintable(back.all()));
        QCOMPARE(lentCount(db), QStringLiteral("0"));
        QCOMPARE(sourceSchema(db), before);

        const CliRun resumed = CliRun::run({QStringLiteral("migrate"), QStringLiteral("--resume"), crashed.recordPath}, sandboxPgEnv(), sessions);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.all().right(3000)));
        CliRun after;
        after.sessionDir = sessions;
        after.recordPath = crashed.recordPath;
        after.loadRecord();
        QCOMPARE(after.record.value(QStringLiteral("verification")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("equal"));
        QVERIFY(after.record.value(QStringLiteral("sourceChanges")).toArray().first().toObject().value(QStringLiteral("reverted")).toBool());
        QCOMPARE(lentCount(db), QStringLiteral("0"));
        QCOMPARE(sourceSchema(db), before);
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
    }

    void cleanupTestCase()
    {
        dropCopies();
        for (const char *db : {"pgx_jieba_case", "pgx_jieba_crash"})
            sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(db)));
        removeJiebaStandIn();
    }
};

QTEST_GUILESS_MAIN(TstTextSearchFixup)
#include "tst_textsearch_fixup.moc"

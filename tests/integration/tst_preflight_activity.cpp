// The activity check for real: a psql session holding a transaction open on the source's account
// database makes `check --mode stop-write` fail with the blocker code, naming the database and the pid;
// with --hold-writes the row is a warning (they will be ended) and the check passes; for a copy it is a
// warning. A prepared transaction blocks stop-write even with --hold-writes, and the remedy gives the
// COMMIT / ROLLBACK PREPARED to type. A healthy pair passes. Every session and prepared transaction made
// here is ended at the end, whatever happened.
#include "CliRun.h"
#include "Sandbox.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const QString kGid = QStringLiteral("pgx activity 'test'"); // a quote inside: the remedy must quote it
}

class TstPreflightActivity : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_writer;
    QString m_pid;

    static QStringList stopWrite(const QStringList &more = {})
    {
        return sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
               << QStringLiteral("--mode") << QStringLiteral("stop-write") << more;
    }
    static QString row(const CliRun &r, const QString &markAndTitle)
    {
        // The row and the indented lines under it (what it needs, its remedy).
        const qsizetype at = r.out.indexOf(markAndTitle);
        if (at < 0)
            return {};
        const QStringList lines = r.out.mid(at).split(QLatin1Char('\n'));
        QString out = lines.value(0);
        for (int i = 1; i < lines.size() && lines[i].startsWith(QLatin1String("      ")); ++i)
            out += QLatin1Char('\n') + lines[i];
        return out;
    }
    void endWriter()
    {
        if (m_writer.state() != QProcess::NotRunning) {
            m_writer.write("ROLLBACK;\n\\q\n");
            m_writer.closeWriteChannel();
            if (!m_writer.waitForFinished(10000)) {
                m_writer.kill();
                m_writer.waitForFinished(5000);
            }
        }
        if (!m_pid.isEmpty())
            sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                       QStringLiteral("SELECT pg_terminate_backend(%1) FROM pg_stat_activity WHERE pid = %1").arg(m_pid));
        m_pid.clear();
    }
    static void rollbackPrepared()
    {
        const QString left = sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                                        QStringLiteral("SELECT count(*) FROM pg_prepared_xacts WHERE gid = %1")
                                            .arg(QStringLiteral("'pgx activity ''test'''")));
        if (left != QLatin1String("0"))
            sandboxSql(QStringLiteral("src"), QStringLiteral("account"),
                       QStringLiteral("ROLLBACK PREPARED 'pgx activity ''test'''"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        const QString max = sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("SHOW max_prepared_transactions"));
        QVERIFY2(max.toInt() > 0, "the sandbox's source needs max_prepared_transactions > 0 (tests/sandbox/sandbox.sh)");
        rollbackPrepared();
    }

    void healthyPairPasses()
    {
        const CliRun r = CliRun::run(stopWrite(), sandboxPgEnv(), m_dir.filePath(QStringLiteral("ok")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  [account] Nothing is writing to the source database")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("PASS  [account] No prepared transaction is pending on the source database")));
    }

    void openTransaction()
    {
        const Sandbox &s = Sandbox::instance();
        m_writer.start(s.value(QStringLiteral("PGX_PG_BINDIR")) + QStringLiteral("/psql"),
                       {QStringLiteral("-X"), QStringLiteral("-h"), s.value(QStringLiteral("PGX_SRC_SOCKET")), QStringLiteral("-p"),
                        s.value(QStringLiteral("PGX_SRC_PGPORT")), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                        QStringLiteral("account"), QStringLiteral("-v"), QStringLiteral("application_name=pgx-activity-test")});
        QVERIFY(m_writer.waitForStarted(10000));
        m_writer.write("SET application_name = 'pgx-activity-test'; BEGIN; SELECT count(*) FROM users;\n");
        const QString who = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = 'account' "
                                           "AND application_name = 'pgx-activity-test' AND state = 'idle in transaction'");
        QTRY_VERIFY_WITH_TIMEOUT(!(m_pid = sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), who)).isEmpty(), 10000);
    }

    void openTransactionBlocksStopWrite()
    {
        QVERIFY(!m_pid.isEmpty());
        const CliRun r = CliRun::run(stopWrite(), sandboxPgEnv(), m_dir.filePath(QStringLiteral("busy")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString fail = row(r, QStringLiteral("FAIL  [account] Nothing is writing to the source database"));
        QVERIFY2(fail.contains(QStringLiteral("pid %1 idle in transaction").arg(m_pid)), qPrintable(r.out));
        QVERIFY(fail.contains(QStringLiteral("pgx-activity-test")));
        QVERIFY(fail.contains(QStringLiteral("--hold-writes")));
        QVERIFY2(!fail.contains(QStringLiteral("in a transaction open for")), qPrintable(fail)); // not 5 minutes yet
    }

    // A long transaction for real: the DBA's bound (--long-transaction-minutes, default 5) set to 0, so the
    // transaction opened a moment ago is already "long" and named with its start.
    void longTransactionIsNamed()
    {
        QVERIFY(!m_pid.isEmpty());
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account"))
                                         << QStringLiteral("--long-transaction-minutes") << QStringLiteral("0"),
                                     sandboxPgEnv(), m_dir.filePath(QStringLiteral("long")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString warn = row(r, QStringLiteral("WARN  [account] No session is busy on the source database"));
        QVERIFY2(warn.contains(QStringLiteral("pid %1 idle in transaction").arg(m_pid)), qPrintable(r.out));
        QVERIFY2(warn.contains(QStringLiteral("in a transaction open for 0 minute")), qPrintable(warn));
        QVERIFY(warn.contains(QStringLiteral("pg_terminate_backend")));
    }

    void holdWritesMakesItAWarning()
    {
        QVERIFY(!m_pid.isEmpty());
        const CliRun r = CliRun::run(stopWrite({QStringLiteral("--hold-writes")}), sandboxPgEnv(), m_dir.filePath(QStringLiteral("hold")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString warn = row(r, QStringLiteral("WARN  [account] Nothing is writing to the source database"));
        QVERIFY2(warn.contains(QStringLiteral("pid %1").arg(m_pid)), qPrintable(r.out));
        QVERIFY(warn.contains(QStringLiteral("will be ended")));
    }

    void copyWarns()
    {
        QVERIFY(!m_pid.isEmpty());
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account")), sandboxPgEnv(),
                                     m_dir.filePath(QStringLiteral("copy")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString warn = row(r, QStringLiteral("WARN  [account] No session is busy on the source database"));
        QVERIFY2(warn.contains(QStringLiteral("pid %1 idle in transaction").arg(m_pid)), qPrintable(r.out));
        QVERIFY(warn.contains(QStringLiteral("snapshot")));
        endWriter();
    }

    void preparedTransactionBlocksEvenWithHoldWrites()
    {
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("account"),
                   QStringLiteral("BEGIN; SELECT count(*) FROM users; PREPARE TRANSACTION 'pgx activity ''test''';"), &ok);
        QVERIFY(ok);
        const CliRun r = CliRun::run(stopWrite({QStringLiteral("--hold-writes")}), sandboxPgEnv(), m_dir.filePath(QStringLiteral("prepared")));
        const CliRun copy = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("account")), sandboxPgEnv(),
                                        m_dir.filePath(QStringLiteral("prepared-copy")));
        rollbackPrepared();
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        const QString fail = row(r, QStringLiteral("FAIL  [account] No prepared transaction is pending on the source database"));
        QVERIFY2(fail.contains(QStringLiteral("%1 (owner postgres").arg(kGid)), qPrintable(r.out));
        QVERIFY2(fail.contains(QStringLiteral("COMMIT PREPARED 'pgx activity ''test'''; or ROLLBACK PREPARED "
                                              "'pgx activity ''test''';")),
                 qPrintable(fail));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  [account] Nothing is writing to the source database")), qPrintable(r.out));
        // For a copy it is a warning.
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.all()));
        QVERIFY2(copy.out.contains(QStringLiteral("WARN  [account] No prepared transaction is pending on the source database")), qPrintable(copy.out));
        // And it is gone.
        QCOMPARE(sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_prepared_xacts")),
                 QStringLiteral("0"));
    }

    void cleanupTestCase()
    {
        endWriter();
        rollbackPrepared();
    }
};

QTEST_GUILESS_MAIN(TstPreflightActivity)
#include "tst_preflight_activity.moc"

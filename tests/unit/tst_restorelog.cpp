// pg_restore's summary of ignored errors: counted only from its own line, whatever language the server's
// part of each error came in; no summary (pg_restore stopped early) is not "ignored errors".
#include "postgres/RestoreLog.h"
#include "postgres/ToolLog.h"

#include <QtTest>

using namespace pgcrossing;

class TstRestoreLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QString>("err");
        QTest::addColumn<int>("count");
        QTest::newRow("finished with errors, server in Chinese")
            << QStringLiteral("pg_restore: while PROCESSING TOC:\n"
                              "pg_restore: from TOC entry 215; 1259 16390 TABLE users app_owner\n"
                              "pg_restore: error: could not execute query: 错误:  角色 \"app_owner\" 不存在\n"
                              "Command was: ALTER TABLE public.users OWNER TO app_owner;\n"
                              "pg_restore: warning: errors ignored on restore: 7")
            << 7;
        QTest::newRow("older pg_restore") << QStringLiteral("WARNING: errors ignored on restore: 2\n") << 2;
        QTest::newRow("could not connect")
            << QStringLiteral("pg_restore: error: connection to server at \"127.0.0.1\", port 5432 failed: 致命错误:  用户 "
                              "\"postgres\" Password 认证失败")
            << -1;
        QTest::newRow("the words inside a quoted statement do not count")
            << QStringLiteral("pg_restore: error: could not execute query: ERROR:  x\n"
                              "Command was: COMMENT ON TABLE t IS 'errors ignored on restore: 3';")
            << -1;
        QTest::newRow("translated summary (no pinned locale) is not guessed")
            << QStringLiteral("pg_restore: 警告: 恢复中忽略错误: 4") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void counts()
    {
        QFETCH(QString, err);
        QFETCH(int, count);
        QCOMPARE(RestoreLog::ignoredErrors(err), count);
    }

    // Where it stopped: the TOC entry when --verbose printed one, else the statement; the error verbatim.
    void stoppedAt_data()
    {
        QTest::addColumn<QString>("err");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("error");
        QTest::newRow("exit-on-error, PostgreSQL 15")
            << QStringLiteral("pg_restore: error: could not execute query: ERROR:  function pgx_fold(text) does not exist\n"
                              "LINE 1: SELECT pgx_fold(t)\n               ^\n"
                              "CONTEXT:  SQL function \"pgx_norm\" during inlining\n"
                              "Command was: CREATE INDEX items_norm_idx ON public.items USING btree (public.pgx_norm(name));\n")
            << QStringLiteral("CREATE INDEX items_norm_idx ON public.items USING btree (public.pgx_norm(name))")
            << QStringLiteral("could not execute query: ERROR:  function pgx_fold(text) does not exist");
        QTest::newRow("verbose: the TOC entry, server in Chinese")
            << QStringLiteral("pg_restore: while PROCESSING TOC:\n"
                              "pg_restore: from TOC entry 215; 1259 16390 TABLE users app_owner\n"
                              "pg_restore: error: could not execute query: 错误:  角色 \"app_owner\" 不存在\n"
                              "Command was: ALTER TABLE public.users OWNER TO app_owner;\n")
            << QStringLiteral("TABLE users app_owner") << QStringLiteral("could not execute query: 错误:  角色 \"app_owner\" 不存在");
        QTest::newRow("end of input: no object") << QStringLiteral("pg_restore: error: could not read from input file: end of file")
                                                 << QString() << QStringLiteral("could not read from input file: end of file");
    }
    void stoppedAt()
    {
        QFETCH(QString, err);
        QFETCH(QString, object);
        QFETCH(QString, error);
        const RestoreLog::Stop stop = RestoreLog::stoppedAt(err);
        QCOMPARE(stop.object, object);
        QCOMPARE(stop.error, error);
    }

    // pg_dump's last error with its details, never the statement; nothing when it printed no error line.
    void lastError()
    {
        const QString err = QStringLiteral(
            "pg_dump: error: Dumping the contents of table \"events\" failed: PQgetCopyData() failed.\n"
            "pg_dump: detail: Error message from server: FATAL:  terminating connection due to administrator command\n"
            "pg_dump: detail: Command was: COPY public.events (id, payload) TO stdout;\n");
        QCOMPARE(ToolLog::lastError(err, QStringLiteral("pg_dump")),
                 QStringLiteral("Dumping the contents of table \"events\" failed: PQgetCopyData() failed. Error message from "
                                "server: FATAL:  terminating connection due to administrator command"));
        QCOMPARE(ToolLog::lastError(err, QStringLiteral("pg_restore")), QString());
        QCOMPARE(ToolLog::lastError(QStringLiteral("Killed\n"), QStringLiteral("pg_dump")), QString());
    }
};

QTEST_GUILESS_MAIN(TstRestoreLog)
#include "tst_restorelog.moc"

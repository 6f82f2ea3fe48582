// pg_restore's summary of ignored errors: counted only from its own line, whatever language the server's
// part of each error came in; no summary (pg_restore stopped early) is not "ignored errors".
#include "postgres/RestoreLog.h"

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
};

QTEST_GUILESS_MAIN(TstRestoreLog)
#include "tst_restorelog.moc"

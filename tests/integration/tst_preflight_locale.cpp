// The locale check for real: a source database created with LC_COLLATE/LC_CTYPE "C" (the target's
// default is C.UTF-8) is reported as a warning with its settings and the remedy; `check` still passes
// (exit 0); a database with the default locale passes the row.
#include "CliRun.h"
#include "Sandbox.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const char *kDb = "pgx_locale_check";
}

class TstPreflightLocale : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(kDb)), &ok);
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                   QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'").arg(QLatin1String(kDb)), &ok);
        QVERIFY(ok);
    }

    void defaultLocalePasses()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QStringLiteral("knowledge_db")), sandboxPgEnv(),
                                     m_dir.filePath(QStringLiteral("ok")));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  [knowledge_db] Encoding and collation match the target's defaults")), qPrintable(r.all()));
    }

    void otherLocaleWarns()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb)), sandboxPgEnv(),
                                     m_dir.filePath(QStringLiteral("c")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("WARN  [%1] Encoding and collation match the target's defaults").arg(QLatin1String(kDb))), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("UTF8, C/C on the source")));
        QVERIFY(r.out.contains(QStringLiteral("locale -a")));
    }

    void cleanupTestCase()
    {
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(kDb)));
    }
};

QTEST_GUILESS_MAIN(TstPreflightLocale)
#include "tst_preflight_locale.moc"

// The extension check for real: an extension installed in a source database but not available on the
// target blocks `pgcrossing-cli check` (exit 2) with the package hint; a healthy pair passes. The
// missing extension is made real: a control file is installed, the extension created on the source,
// and the files removed again, so the target's pg_available_extensions does not list it.
#include "CliRun.h"
#include "Sandbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing::test;

namespace {
const char *kDb = "pgx_ext_check";

bool writeFakeExtension(const QString &dir)
{
    QFile control(dir + QStringLiteral("/pgx_fake.control"));
    QFile script(dir + QStringLiteral("/pgx_fake--1.0.sql"));
    if (!control.open(QIODevice::WriteOnly) || !script.open(QIODevice::WriteOnly))
        return false;
    control.write("comment = 'pgcrossing test: an extension only the source has'\ndefault_version = '1.0'\nrelocatable = true\n");
    script.write("CREATE FUNCTION pgx_fake_answer() RETURNS int LANGUAGE sql AS 'SELECT 42';\n");
    return true;
}

void removeFakeExtension(const QString &dir)
{
    QFile::remove(dir + QStringLiteral("/pgx_fake.control"));
    QFile::remove(dir + QStringLiteral("/pgx_fake--1.0.sql"));
}

} // namespace

class TstPreflightExtensions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_extDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        m_extDir = sandboxExtensionDir();
        QVERIFY2(QFile::exists(m_extDir + QStringLiteral("/plpgsql.control")), qPrintable(m_extDir));
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(kDb)), &ok);
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kDb)), &ok);
        QVERIFY(ok);
        sandboxSql(QStringLiteral("src"), QString::fromLatin1(kDb), QStringLiteral("CREATE EXTENSION pg_trgm; CREATE SCHEMA ext; CREATE EXTENSION citext SCHEMA ext"), &ok);
        QVERIFY(ok);
    }

    void healthyPairPasses()
    {
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb)), sandboxPgEnv(), m_dir.filePath(QStringLiteral("healthy")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("PASS  [%1] The source's extensions are available on the target").arg(QLatin1String(kDb))), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("citext lives in schema ext")));
    }

    void missingExtensionBlocks()
    {
        QVERIFY(writeFakeExtension(m_extDir));
        bool ok = false;
        sandboxSql(QStringLiteral("src"), QString::fromLatin1(kDb), QStringLiteral("CREATE EXTENSION pgx_fake"), &ok);
        removeFakeExtension(m_extDir); // gone from both servers' view; the source keeps it installed
        QVERIFY(ok);
        const CliRun r = CliRun::run(sandboxLocalArgs(QStringLiteral("check"), QString::fromLatin1(kDb)), sandboxPgEnv(), m_dir.filePath(QStringLiteral("missing")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  [%1] The source's extensions are available on the target").arg(QLatin1String(kDb))), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("apt-cache search postgresql-15 pgx_fake")));
        QVERIFY(r.out.contains(QStringLiteral("not available on the target: pgx_fake")));
    }

    void cleanupTestCase()
    {
        writeFakeExtension(m_extDir);
        sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(kDb)));
        removeFakeExtension(m_extDir);
    }
};

QTEST_GUILESS_MAIN(TstPreflightExtensions)
#include "tst_preflight_extensions.moc"

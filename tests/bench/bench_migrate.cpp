// Benchmark, not a timed test: prints figures side by side on one pgbench database in the sandbox.
//   migrate (dump→restore only) vs a plain `pg_dump -Fc | pg_restore` between the same clusters;
//   verify (both sides) vs a count(*) pass, a read-every-column pass, pgcopydb's compare query and the
//   seed's ordered md5(string_agg) per table;
//   the CLI's peak RSS.
// PGX_BENCH_SCALE=small (CI: pgbench scale 2, ~30 MB) or full (scale 30, ~450 MB).
#include "CliRun.h"
#include "Sandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>

using namespace pgcrossing::test;

namespace {
const Sandbox &sb() { return Sandbox::instance(); }
QString bin(const QString &tool) { return sb().value(QStringLiteral("PGX_PG_BINDIR")) + QLatin1Char('/') + tool; }
QString conn(const QString &side) // "-h SOCK -p PORT" words for shell pipelines built from constants
{
    const QString pre = side == QLatin1String("src") ? QStringLiteral("PGX_SRC_") : QStringLiteral("PGX_DST_");
    return QStringLiteral("-h %1 -p %2 -U postgres").arg(sb().value(pre + QStringLiteral("SOCKET")), sb().value(pre + QStringLiteral("PGPORT")));
}
double runShell(const QString &script)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), script});
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        qWarning("bench: %s failed: %s", qPrintable(script.left(200)), p.readAllStandardError().constData());
    return t.elapsed() / 1000.0;
}
// Runs one SQL per table on both sides at the same time, the way our verifier runs (two sides concurrent).
double bothSides(const QString &db, const QStringList &perTableSql)
{
    QString sql;
    for (const QString &s : perTableSql)
        sql += s + QStringLiteral(";\n");
    QFile f(QDir::temp().filePath(QStringLiteral("pgx-bench.sql")));
    f.open(QIODevice::WriteOnly);
    f.write(sql.toUtf8());
    f.close();
    return runShell(QStringLiteral("%1 -X -q %2 -d %3 -f %4 >/dev/null & %1 -X -q %5 -d %6 -f %4 >/dev/null & wait")
                        .arg(bin(QStringLiteral("psql")), conn(QStringLiteral("src")), db, f.fileName(), conn(QStringLiteral("dst")),
                             QStringLiteral("bench_ours")));
}
double stepSeconds(const QJsonObject &record, const QString &prefix)
{
    double s = 0;
    for (const auto &v : record.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString().startsWith(prefix))
            s += QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs)
                     .msecsTo(QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs)) / 1000.0;
    }
    return s;
}
QStringList localArgs()
{
    return {QStringLiteral("--source"), QStringLiteral("local"), QStringLiteral("--target"), QStringLiteral("local"),
            QStringLiteral("--source-pg-host"), sb().value(QStringLiteral("PGX_SRC_SOCKET")),
            QStringLiteral("--source-pg-port"), sb().value(QStringLiteral("PGX_SRC_PGPORT")),
            QStringLiteral("--target-pg-host"), sb().value(QStringLiteral("PGX_DST_SOCKET")),
            QStringLiteral("--target-pg-port"), sb().value(QStringLiteral("PGX_DST_PGPORT")),
            QStringLiteral("--source-bindir"), sb().value(QStringLiteral("PGX_PG_BINDIR")),
            QStringLiteral("--target-bindir"), sb().value(QStringLiteral("PGX_PG_BINDIR"))};
}
// Runs the CLI, sampling its peak RSS (VmHWM) until it exits.
CliRun cliWithRss(const QStringList &args, const QString &sessions, qint64 *peakKb, double *seconds)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral(PGX_CLI_PATH), args + QStringList{QStringLiteral("--session-dir"), sessions});
    const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
    while (!p.waitForFinished(20)) {
        QFile f(status);
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    *peakKb = qMax(*peakKb, line.mid(6).trimmed().split(' ').first().toLongLong());
    }
    *seconds = t.elapsed() / 1000.0;
    CliRun r;
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.sessionDir = sessions;
    r.loadRecord();
    return r;
}
} // namespace

class BenchMigrate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migrateAndVerify()
    {
        QVERIFY(sb().isUp());
        const bool full = qEnvironmentVariable("PGX_BENCH_SCALE") == QLatin1String("full");
        const int scale = full ? 30 : 2;
        runShell(QStringLiteral("%1 %2 -d postgres -c 'DROP DATABASE IF EXISTS benchdb' -c 'CREATE DATABASE benchdb'")
                     .arg(bin(QStringLiteral("psql")), conn(QStringLiteral("src"))));
        runShell(QStringLiteral("%1 %2 -d postgres -c 'DROP DATABASE IF EXISTS bench_plain' -c 'DROP DATABASE IF EXISTS bench_ours' -c 'CREATE DATABASE bench_plain'")
                     .arg(bin(QStringLiteral("psql")), conn(QStringLiteral("dst"))));
        runShell(QStringLiteral("%1 -q -i -s %2 %3 benchdb").arg(bin(QStringLiteral("pgbench"))).arg(scale).arg(conn(QStringLiteral("src"))));
        const QString size = QString::fromUtf8([&] {
            QProcess p;
            p.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("%1 -X -At %2 -d benchdb -c \"select pg_size_pretty(pg_database_size('benchdb'))\"")
                                                                        .arg(bin(QStringLiteral("psql")), conn(QStringLiteral("src")))});
            p.waitForFinished();
            return p.readAllStandardOutput().trimmed();
        }());

        // Alternating runs, so neither side always pays for the checkpoint and autovacuum pgbench leaves behind.
        QTemporaryDir dir;
        qint64 rssMigrate = 0, rssVerify = 0;
        double migrateWall = 0, verifyWall = 0;
        QList<double> plains, ourRuns;
        for (int run = 0; run < 3; ++run) {
            runShell(QStringLiteral("%1 %2 -d postgres -c 'DROP DATABASE IF EXISTS bench_plain' -c 'DROP DATABASE IF EXISTS bench_ours' "
                                    "-c 'CREATE DATABASE bench_plain' -c CHECKPOINT")
                         .arg(bin(QStringLiteral("psql")), conn(QStringLiteral("dst"))));
            plains << runShell(QStringLiteral("%1 -Fc %2 -d benchdb | %3 %4 -d bench_plain")
                                   .arg(bin(QStringLiteral("pg_dump")), conn(QStringLiteral("src")), bin(QStringLiteral("pg_restore")),
                                        conn(QStringLiteral("dst"))));
            runShell(QStringLiteral("%1 %2 -d postgres -c CHECKPOINT").arg(bin(QStringLiteral("psql")), conn(QStringLiteral("dst"))));
            const CliRun m = cliWithRss(QStringList{QStringLiteral("migrate")} + localArgs() +
                                            QStringList{QStringLiteral("--db"), QStringLiteral("benchdb:bench_ours"), QStringLiteral("--no-verify"),
                                                        QStringLiteral("--no-roles")},
                                        dir.filePath(QStringLiteral("m%1").arg(run)), &rssMigrate, &migrateWall);
            QVERIFY2(m.exitCode == 0, qPrintable(m.err.right(2000)));
            ourRuns << stepSeconds(m.record, QStringLiteral("copy-database:"));
        }
        auto median = [](QList<double> v) { std::sort(v.begin(), v.end()); return v[v.size() / 2]; };
        const double plain = median(plains), ours = median(ourRuns);

        const QStringList tables{QStringLiteral("pgbench_accounts"), QStringLiteral("pgbench_branches"),
                                 QStringLiteral("pgbench_tellers"), QStringLiteral("pgbench_history")};
        QStringList counts, readAll, seed, pgcopydb;
        for (const QString &t : tables) {
            counts << QStringLiteral("SELECT count(*) FROM %1").arg(t);
            // The second floor (RECIPES): every column of every row read, nothing hashed — "t IS NOT NULL"
            // has to look at each column.
            readAll << QStringLiteral("SELECT count(*) FROM %1 t WHERE t IS NOT NULL").arg(t);
            // pgbench_history has no key: the seed's method orders by the whole row there.
            const QString order = t == QLatin1String("pgbench_accounts") ? QStringLiteral("aid")
                                  : t == QLatin1String("pgbench_branches") ? QStringLiteral("bid")
                                  : t == QLatin1String("pgbench_tellers")  ? QStringLiteral("tid")
                                                                           : QStringLiteral("t::text");
            seed << QStringLiteral("SELECT md5(string_agg(t::text, '' ORDER BY %2)) FROM %1 t").arg(t, order);
            // pgcopydb compare data's query (its src/bin/pgcopydb/compare.c).
            pgcopydb << QStringLiteral("SELECT count(*), sum(hashtext(t::text)) FROM %1 t").arg(t);
        }
        // Three rounds, each method once per round in the same order, medians printed: the whole verify run as
        // a user times it, against the passes a DBA would run by hand on both sides at once.
        QList<double> countRuns, readRuns, seedRuns, pgcopydbRuns, verifyRuns, verifyStepRuns;
        for (int run = 0; run < 3; ++run) {
            countRuns << bothSides(QStringLiteral("benchdb"), counts);
            readRuns << bothSides(QStringLiteral("benchdb"), readAll);
            seedRuns << bothSides(QStringLiteral("benchdb"), seed);
            pgcopydbRuns << bothSides(QStringLiteral("benchdb"), pgcopydb);
            const CliRun v = cliWithRss(QStringList{QStringLiteral("verify")} + localArgs() +
                                            QStringList{QStringLiteral("--db"), QStringLiteral("benchdb:bench_ours")},
                                        dir.filePath(QStringLiteral("v%1").arg(run)), &rssVerify, &verifyWall);
            QVERIFY2(v.exitCode == 0, qPrintable(v.err.right(2000)));
            verifyRuns << verifyWall;
            verifyStepRuns << stepSeconds(v.record, QStringLiteral("verify"));
        }
        const double countPass = median(countRuns), readPass = median(readRuns), seedPass = median(seedRuns),
                     pgcopydbPass = median(pgcopydbRuns), verify = median(verifyRuns), verifyStep = median(verifyStepRuns);
        auto runs = [](const QList<double> &v) { return QStringLiteral("%1 %2 %3").arg(v[0], 0, 'f', 2).arg(v[1], 0, 'f', 2).arg(v[2], 0, 'f', 2); };

        std::printf("\nbench (pgbench scale %d, %s on the source)\n", scale, qPrintable(size));
        std::printf("  plain pg_dump -Fc | pg_restore   %7.2f s   median of %.2f %.2f %.2f\n", plain, plains[0], plains[1], plains[2]);
        std::printf("  pgcrossing migrate (copy step)   %7.2f s   median of %.2f %.2f %.2f   ratio %.2fx   (last whole CLI run %.2f s)\n",
                    ours, ourRuns[0], ourRuns[1], ourRuns[2], ours / plain, migrateWall);
        std::printf("  count(*) pass, both sides        %7.2f s   median of %s\n", countPass, qPrintable(runs(countRuns)));
        std::printf("  read-every-column pass, both     %7.2f s   median of %s\n", readPass, qPrintable(runs(readRuns)));
        std::printf("  seed md5(string_agg) both sides  %7.2f s   median of %s\n", seedPass, qPrintable(runs(seedRuns)));
        std::printf("  pgcopydb count+sum(hashtext)     %7.2f s   median of %s\n", pgcopydbPass, qPrintable(runs(pgcopydbRuns)));
        std::printf("  pgcrossing-cli verify, whole run %7.2f s   median of %s   %.2fx count(*)   %.2fx read-every-column   "
                    "%.2fx pgcopydb   %.1fx faster than seed   (its verify step %.2f s)\n",
                    verify, qPrintable(runs(verifyRuns)), verify / countPass, verify / readPass, verify / pgcopydbPass,
                    seedPass / verify, verifyStep);
        std::printf("  CLI peak RSS: migrate %lld MB, verify %lld MB\n", rssMigrate / 1024, rssVerify / 1024);
        std::fflush(stdout);

        runShell(QStringLiteral("%1 %2 -d postgres -c 'DROP DATABASE IF EXISTS benchdb'").arg(bin(QStringLiteral("psql")), conn(QStringLiteral("src"))));
        runShell(QStringLiteral("%1 %2 -d postgres -c 'DROP DATABASE IF EXISTS bench_plain' -c 'DROP DATABASE IF EXISTS bench_ours'")
                     .arg(bin(QStringLiteral("psql")), conn(QStringLiteral("dst"))));
    }
};

QTEST_GUILESS_MAIN(BenchMigrate)
#include "bench_migrate.moc"

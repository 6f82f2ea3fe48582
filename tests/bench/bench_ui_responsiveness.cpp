// Event-loop responsiveness of the wizard while a migration runs and its log streams: a 10 ms timer on
// the UI thread records how late each tick comes while (a) the demo's real copy runs through the
// Execute page and (b) a worker thread pours log lines into the page's log the way the Runner does
// (queued signals), thousands a second. Prints p50/p99/max lateness; the figure, not an assertion, is
// the result. PGX_BENCH_SCALE=small: 5 000 lines/s for ≥ 3 s; full: 20 000 lines/s for ≥ 10 s.
#include "CliRun.h"
#include "DatabasesPage.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "EndpointForm.h"
#include "LogModel.h"
#include "MigrationWizard.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "Sandbox.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QThread>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace pgcrossing;
using namespace pgcrossing::test;

// Emits log lines from its own thread, as the Runner's worker does: a batch every 10 ms, driven by a
// timer in that thread's event loop.
class LogFlood : public QObject {
    Q_OBJECT
public:
    std::atomic<qint64> sent{0};
    void pour(int linesPerSecond)
    {
        auto *timer = new QTimer(this);
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(10);
        const int perBatch = linesPerSecond / 100;
        connect(timer, &QTimer::timeout, this, [this, perBatch] {
            for (int i = 0; i < perBatch; ++i)
                Q_EMIT line(2, QStringLiteral("pg_restore: processing item %1 TABLE DATA public session_%2 postgres").arg(sent.fetch_add(1)).arg(i));
        });
        timer->start();
    }
Q_SIGNALS:
    void line(int level, const QString &text);
};

class BenchUiResponsiveness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timerAnswersWhileLogsStream()
    {
        QStandardPaths::setTestModeEnabled(true);
        const Sandbox &s = Sandbox::instance();
        QVERIFY2(s.isUp(), "the sandbox is not up");
        QVERIFY(resetSandboxTarget());
        const bool full = qEnvironmentVariable("PGX_BENCH_SCALE") == QLatin1String("full");
        const int rate = full ? 20000 : 5000;
        const qint64 minMs = full ? 10000 : 3000;

        QTemporaryDir sessions;
        MigrationWizard w;
        w.setSessionsRoot(sessions.path());
        w.setDemoEnvironment(s.dir() + QStringLiteral("/env"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        w.hostsPage()->sourceForm()->testConnection();
        w.hostsPage()->targetForm()->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), 120000);
        w.next();
        w.databasesPage()->select({QStringLiteral("ai_learning_companion"), QStringLiteral("knowledge_db")});
        w.next();
        w.modePage()->chooseMode(int(PlanOptions::Mode::Copy));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(!w.preflightPage()->isRunning() && w.preflightPage()->checklist()->topLevelItemCount() > 0, 120000);
        w.preflightPage()->acknowledge()->setChecked(true);
        w.preflightPage()->confirmation()->setChecked(true);
        QVERIFY(w.preflightPage()->isComplete());

        // Measure from just before the run starts.
        QList<double> lateness;
        QElapsedTimer clock;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(10);
        qint64 last = 0;
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = clock.nsecsElapsed();
            lateness << qMax(0.0, (now - last) / 1e6 - 10.0);
            last = now;
        });
        LogFlood flood;
        QThread floodThread;
        flood.moveToThread(&floodThread);
        QObject::connect(&floodThread, &QThread::finished, &flood, [&flood] { qDeleteAll(flood.findChildren<QTimer *>()); },
                         Qt::DirectConnection);
        connect(&flood, &LogFlood::line, w.executePage()->log(), &LogModel::append, Qt::QueuedConnection);
        floodThread.start();
        clock.start();
        last = clock.nsecsElapsed();
        tick.start();
        QMetaObject::invokeMethod(&flood, [&] { flood.pour(rate); }, Qt::QueuedConnection);

        w.next(); // Execute: the copy starts
        QTRY_VERIFY_WITH_TIMEOUT(w.executePage()->outcome().has_value() && clock.elapsed() >= minMs, 600000);
        floodThread.quit(); // its timer stops with the thread's event loop
        QVERIFY(floodThread.wait(10000));
        tick.stop();
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(isSuccess(*w.executePage()->outcome()), qPrintable(codeOf(*w.executePage()->outcome())));
        // Every line poured reached the log (nothing dropped on the way).
        QTRY_VERIFY_WITH_TIMEOUT(w.executePage()->log()->received() >= flood.sent.load(), 10000);

        std::sort(lateness.begin(), lateness.end());
        auto pct = [&](double p) { return lateness.isEmpty() ? 0.0 : lateness[qMin(lateness.size() - 1, qsizetype(p * lateness.size()))]; };
        std::printf("ui responsiveness (%s): %lld log lines in %.1f s (%.0f lines/s) during a real copy; "
                    "10 ms timer lateness over %lld ticks: p50 %.2f ms, p99 %.2f ms, max %.2f ms (target p99 < 50 ms)\n",
                    full ? "full" : "small", qint64(flood.sent.load()), elapsed / 1000.0, flood.sent.load() * 1000.0 / elapsed,
                    qint64(lateness.size()), pct(0.50), pct(0.99), lateness.isEmpty() ? 0.0 : lateness.last());
        std::fflush(stdout);
        QVERIFY(lateness.size() > 50);
    }

    void cleanupTestCase() { resetSandboxTarget(); }
};

QTEST_MAIN(BenchUiResponsiveness)
#include "bench_ui_responsiveness.moc"

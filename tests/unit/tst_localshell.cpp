// LocalShell + Shell::start(): streams, exit codes, secrets through stdin, cancel that kills.
#include "remote/CancelToken.h"
#include "remote/CommandJournal.h"
#include "remote/LocalShell.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <functional>

using namespace pgcrossing;

namespace {
bool processWithArgExists(const QByteArray &needle)
{
    const auto pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
// Polls cond until it holds or ms of real time have passed.
bool waitUntil(const std::function<bool()> &cond, int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!cond()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}
} // namespace

class TstLocalShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodeAndStreams()
    {
        LocalShell shell;
        const CommandResult res = shell.run({{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")}});
        QVERIFY(res.started);
        QCOMPARE(res.exitCode, 3);
        QCOMPARE(res.out, QByteArray("out\n"));
        QCOMPARE(res.err, QByteArray("err\n")); // the pid line of our preamble is not shown
    }

    void toolsRunInTheCLocale()
    {
        // Whatever locale this machine's session has, the tools' own messages come in C.
        qputenv("LC_ALL", "zh_CN.UTF-8");
        qputenv("LANG", "zh_CN.UTF-8");
        qputenv("LANGUAGE", "zh_CN:zh");
        LocalShell shell;
        const CommandResult res = shell.run({{QStringLiteral("sh"), QStringLiteral("-c"),
                                              QStringLiteral("printf '%s|%s' \"$LC_ALL\" \"${LANGUAGE-unset}\"")}});
        // A translated tool (coreutils ships zh_CN messages) speaks C: the control, without our preamble,
        // shows that it would speak Chinese here.
        const CommandResult ls = shell.run({{QStringLiteral("ls"), QStringLiteral("--"), QStringLiteral("/pgx-no-such-file")}});
        QProcess control;
        control.start(QStringLiteral("ls"), {QStringLiteral("--"), QStringLiteral("/pgx-no-such-file")});
        QVERIFY(control.waitForFinished(10000));
        const QString controlErr = QString::fromUtf8(control.readAllStandardError());
        qunsetenv("LC_ALL");
        qunsetenv("LANG");
        qunsetenv("LANGUAGE");
        QVERIFY(res.ok());
        QCOMPARE(res.out, QByteArray("C|unset"));
        QVERIFY2(ls.err.contains("No such file or directory"), ls.err.constData());
        if (!controlErr.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))))
            qWarning("coreutils has no zh_CN messages here, so the ls case could not tell: %s", qPrintable(controlErr));
    }

    void bigStdinRoundTrip()
    {
        LocalShell shell;
        QByteArray data(8 * 1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i)
            data[i] = char((i * 7919) & 0xff);
        const CommandResult res = shell.run({{QStringLiteral("cat")}}, data);
        QVERIFY(res.ok());
        QCOMPARE(QCryptographicHash::hash(res.out, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }

    void missingProgramIsAClearFailure()
    {
        LocalShell shell;
        const CommandResult res = shell.run({{QStringLiteral("no-such-tool-pgx")}});
        QVERIFY(!res.ok());
        QVERIFY2(res.errTail().contains(QStringLiteral("no-such-tool-pgx")), qPrintable(res.errTail()));
    }

    void secretArrivesThroughStdinNeverArgv()
    {
        LocalShell shell;
        CommandJournal journal;
        journal.addSecret(QStringLiteral("s3cr3t-pw"));
        shell.setJournal(&journal);
        CommandSpec spec;
        spec.argv = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf %s \"$PGPASSWORD\" >&2; sleep 30")};
        spec.secret = "s3cr3t-pw";
        QString err;
        auto proc = shell.start(spec, &err);
        QVERIFY2(proc, qPrintable(err));
        // While it runs, no process on this machine carries the secret in its argv.
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += proc->takeStderr()).contains("s3cr3t-pw"), 5000);
        QVERIFY(!processWithArgExists("s3cr3t-pw"));
        proc->terminate();
        const auto records = journal.records();
        QCOMPARE(records.size(), 1);
        QVERIFY(!records.first().command.contains(QStringLiteral("s3cr3t")));
        QVERIFY(!records.first().stderrTail.contains(QStringLiteral("s3cr3t")));
    }

    void terminateKillsTheCommand()
    {
        LocalShell shell;
        QString err;
        auto proc = shell.start({{QStringLiteral("sleep"), QStringLiteral("313.0417")}}, &err);
        QVERIFY(proc);
        // Bounded by the clock itself: twice in CI a QTRY loop here gave up within 300 ms of starting.
        QVERIFY2(waitUntil([] { return processWithArgExists("313.0417"); }, 5000), "the command never ran");
        proc->terminate();
        QVERIFY2(waitUntil([] { return !processWithArgExists("313.0417"); }, 5000), "the command outlived terminate()");
    }

    void cancelStopsRun()
    {
        LocalShell shell;
        CancelToken cancel;
        QThread *t = QThread::create([&] {
            QDeadlineTimer deadline(5000);
            while (!processWithArgExists("314.0417") && !deadline.hasExpired())
                QTest::qWait(10);
            cancel.cancel();
        });
        t->start();
        const CommandResult res = shell.run({{QStringLiteral("sleep"), QStringLiteral("314.0417")}}, {}, &cancel);
        t->wait();
        delete t;
        QVERIFY(res.cancelled);
        QVERIFY(!res.ok());
        QVERIFY(!processWithArgExists("314.0417"));
    }
};

QTEST_GUILESS_MAIN(TstLocalShell)
#include "tst_localshell.moc"

// The one quoting function: every hostile word must come back byte-identical through a real POSIX
// shell, and nothing in it may execute.
#include "remote/LocalShell.h"
#include "remote/ShellQuote.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;

class TstShellQuote : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainWordsStayReadable()
    {
        QCOMPARE(ShellQuote::quote(QStringLiteral("pg_dump")), QStringLiteral("pg_dump"));
        QCOMPARE(ShellQuote::quote(QStringLiteral("-Fc")), QStringLiteral("-Fc"));
        QCOMPARE(ShellQuote::quote(QStringLiteral("/usr/lib/postgresql/15/bin/psql")),
                 QStringLiteral("/usr/lib/postgresql/15/bin/psql"));
    }
    void emptyWordIsKept() { QCOMPARE(ShellQuote::quote(QString()), QStringLiteral("''")); }
    void quotesAreEscaped() { QCOMPARE(ShellQuote::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'")); }

    void hostileWordsSurviveARealShell_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("space") << QStringLiteral("two words");
        QTest::newRow("single quote") << QStringLiteral("d'été");
        QTest::newRow("double quote") << QStringLiteral("say \"hi\"");
        QTest::newRow("dollar") << QStringLiteral("$HOME ${PATH} $(id)");
        QTest::newRow("semicolon") << QStringLiteral("a; touch PWNED");
        QTest::newRow("backticks") << QStringLiteral("`touch PWNED`");
        QTest::newRow("newline") << QStringLiteral("line1\nline2; touch PWNED");
        QTest::newRow("glob") << QStringLiteral("* ? [a]");
        QTest::newRow("non-ascii") << QStringLiteral("数据库 Ledger ü 🐘");
        QTest::newRow("backslash") << QStringLiteral("a\\b\\'c");
        QTest::newRow("leading dash") << QStringLiteral("-rf");
        QTest::newRow("the sandbox db") << QStringLiteral("Ledger d'été; $HOME \"ü\"");
    }
    void hostileWordsSurviveARealShell()
    {
        QFETCH(QString, word);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalShell shell;
        // printf runs inside `sh -c`, exactly as a remote shell would parse our command line.
        const QString line = ShellQuote::join({QStringLiteral("printf"), QStringLiteral("%s"), word});
        CommandSpec spec;
        spec.argv = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cd ") + ShellQuote::quote(dir.path()) + QStringLiteral(" && ") + line};
        const CommandResult res = shell.run(spec);
        QVERIFY2(res.ok(), qPrintable(res.errTail()));
        QCOMPARE(QString::fromUtf8(res.out), word);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("PWNED"))));
    }
};

QTEST_GUILESS_MAIN(TstShellQuote)
#include "tst_shellquote.moc"

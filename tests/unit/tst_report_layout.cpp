// How the report reads at a glance and files: contents with separated links, the environment in a DBA's
// words (15.18, not 150018), the summary and the verification first and the commands last as an appendix,
// a picture of the verification, and a PDF that stays short for 300 commands, carries the session id and
// "page N of M" on every page, never cuts a word in a narrow column, and falls back to a CJK font.
// Needs pdfinfo, pdftotext and pdffonts (poppler-utils).
#include "PdfReport.h"
#include "model/SessionRecord.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;

namespace {

QJsonObject serverFacts(int num, const QString &text, const QString &host)
{
    return QJsonObject{{"server", QStringLiteral("PostgreSQL %1 (Debian %1-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc "
                                                 "(Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit").arg(text)},
                       {"serverVersionNum", num},
                       {"serverEncoding", "UTF8"},
                       {"walLevel", "replica"},
                       {"host", host},
                       {"pg_dump", QStringLiteral("pg_dump (PostgreSQL) %1").arg(text)},
                       {"pg_restore", QStringLiteral("pg_restore (PostgreSQL) %1").arg(text)},
                       {"psql", QStringLiteral("psql (PostgreSQL) %1").arg(text)}};
}

// A stop-write session as InspectStep, the verifier and the journal record it, with `commands` commands.
SessionRecord makeRecord(int commands, const QString &database = QStringLiteral("account"))
{
    Endpoint src;
    src.kind = Endpoint::Kind::Ssh;
    src.ssh.host = QStringLiteral("127.0.0.2");
    src.ssh.port = 2222;
    src.ssh.user = QStringLiteral("root");
    src.containerEngine = QStringLiteral("docker");
    src.container = QStringLiteral("postgresql-svc-plus");
    src.pg.port = 5432;
    Endpoint dst;
    dst.pg.host = QStringLiteral("127.0.0.1");
    dst.pg.port = 5433;
    PlanOptions opt;
    opt.mode = PlanOptions::Mode::StopWrite;
    opt.holdWrites = true;
    opt.databases = {{database, database}, {QStringLiteral("knowledge_db"), QStringLiteral("knowledge_db")}};

    SessionRecord r = SessionRecord::create(src, dst, opt);
    r.finishedAt = r.createdAt.addSecs(95);
    r.run = SessionOutcome::SucceededWithWarnings;
    r.outcomeMessage = QStringLiteral("2 databases copied; 1 table differs");
    r.environment = QJsonObject{{"source", serverFacts(150018, QStringLiteral("15.18"), QStringLiteral("root@127.0.0.2:2222 \u203A docker postgresql-svc-plus (127.0.0.1:5432)"))},
                                {"target", serverFacts(160004, QStringLiteral("16.4"), QStringLiteral("local (127.0.0.1:5433)"))}};
    auto at = [&r](int s) { return r.createdAt.addSecs(s); };
    r.steps << StepRecord{QStringLiteral("inspect"), QStringLiteral("Inspect source and target"), StepStatus::Ok, false, false,
                          at(0), at(3), QStringLiteral("source 15.18, target 16.4"), QString()}
            << StepRecord{QStringLiteral("hold-writes"), QStringLiteral("Stop writes on the source"), StepStatus::Ok, true, false,
                          at(3), at(4), QStringLiteral("account is read-only"), QString()};
    r.preflight = QJsonArray{QJsonObject{{"id", "server-version"}, {"title", "Target version is not older than source"},
                                         {"severity", "blocker"}, {"status", "passed"}, {"found", "15.18 \u2192 16.4"},
                                         {"expected", "target \u2265 source"}}};
    for (int i = 1; i <= commands; ++i) {
        CommandRecord c;
        c.id = i;
        c.host = i % 2 ? QStringLiteral("root@127.0.0.2:2222 \u203A docker postgresql-svc-plus") : QStringLiteral("local");
        c.purpose = QStringLiteral("SELECT n.nspname, c.relname, c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace");
        c.command = QStringLiteral("/usr/lib/postgresql/15/bin/psql -d 'host=127.0.0.1 port=55432 user=postgres dbname=%1 "
                                   "application_name=pgcrossing' -X -q --csv -v ON_ERROR_STOP=1 -P 'null=\\N' -f -")
                        .arg(database);
        c.started = at(4 + i / 10);
        c.finished = c.started.addMSecs(480);
        c.exitCode = i == 7 ? 1 : 0;
        if (i == 7)
            c.stderrTail = QStringLiteral("ERROR:  relation \"missing\" does not exist\nLINE 1: SELECT * FROM missing");
        r.commands << c;
    }
    r.changes << SourceChange{QStringLiteral("hold:") + database, database,
                              QStringLiteral("Made %1 read-only and ended its other sessions").arg(database),
                              QStringLiteral("ALTER DATABASE \"%1\" SET default_transaction_read_only = on;").arg(database),
                              QStringLiteral("ALTER DATABASE \"%1\" RESET default_transaction_read_only;").arg(database), at(3), false, {}, {}};
    r.targets << TargetState{database, true, true, QString()} << TargetState{QStringLiteral("knowledge_db"), true, true, QString()};

    Verification v;
    v.verdict = VerificationVerdict::Different;
    for (int i = 0; i < 12; ++i) {
        TableDiff t;
        t.database = i < 6 ? database : QStringLiteral("knowledge_db");
        t.schema = QStringLiteral("public");
        t.table = QStringLiteral("documents_%1").arg(i);
        t.fingerprinted = true;
        t.sourceRows = t.targetRows = 1000 + i;
        t.sourceHash = t.targetHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015");
        t.status = TableStatus::Equal;
        if (i == 3) {
            t.targetRows -= 1;
            t.targetHash = QStringLiteral("0000d081884c7d659a2feaa0c55ad015");
            t.status = TableStatus::Differs;
            t.message = QStringLiteral("1 row missing on the target");
        }
        v.tables << t;
    }
    v.summary.equal = 11;
    v.summary.differs = 1;
    v.inventory = {InventoryRow{database, QStringLiteral("extension"), QStringLiteral("pg_jieba"), QStringLiteral("1.1.1"),
                                std::nullopt, InventoryStatus::MissingOnTarget, QStringLiteral("not installed")},
                   InventoryRow{database, QStringLiteral("sequence"), QStringLiteral("public.documents_id_seq"), QStringLiteral("57"),
                                QStringLiteral("57"), InventoryStatus::Equal, QString()}};
    r.verification = v;
    r.warnings << QStringLiteral("Table public.documents_3 differs");
    return r;
}

QString section(const QString &md, const QString &heading)
{
    const qsizetype from = md.indexOf(QStringLiteral("\n## ") + heading + QLatin1Char('\n'));
    if (from < 0)
        return QString();
    const qsizetype to = md.indexOf(QStringLiteral("\n## "), from + 4);
    return md.mid(from, to < 0 ? -1 : to - from);
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TstReportLayout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePdf(const SessionRecord &r, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!PdfReport::write(ReportBuilder::build(r.toJson(), m_dir.filePath(QStringLiteral("session.json"))), r.id, path, &error))
            qWarning() << error;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("PGX_REPORT_LAYOUT_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo() << "PDFs kept in" << m_dir.path();
        }
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(), "poppler-utils (pdfinfo) is not installed");
    }

    void contentsLinksAreSeparated()
    {
        const QJsonObject rec = makeRecord(3).toJson();
        const QString html = ReportRenderer::toHtml(rec);
        const qsizetype from = html.indexOf(QStringLiteral("<nav"));
        QVERIFY(from > 0);
        const QString nav = html.mid(from, html.indexOf(QStringLiteral("</nav>"), from) - from);
        const int links = int(nav.count(QStringLiteral("<a href=\"#")));
        QVERIFY2(links >= 10, qPrintable(nav));
        // Every two links have a separator between them: never "SessionDatabasesEnvironment…".
        QCOMPARE(int(nav.count(QStringLiteral("</a><span class=\"sep\" aria-hidden=\"true\"> \u00B7 </span><a href="))), links - 1);
        QVERIFY(!nav.contains(QStringLiteral("</a><a")));
        // Markdown: the same contents, as links separated by a dot.
        const QString md = ReportRenderer::toMarkdown(rec);
        QVERIFY2(md.contains(QStringLiteral("**Contents:** [Verification](#verification) \u00B7 [Changes made on the source](#changes-made-on-the-source) \u00B7 ")),
                 qPrintable(md.left(800)));
        QVERIFY(md.contains(QStringLiteral("[Appendix: commands](#appendix-commands)")));
    }

    void environmentInADbasWords()
    {
        const QJsonObject rec = makeRecord(3).toJson();
        const QString md = ReportRenderer::toMarkdown(rec);
        const QString env = section(md, QStringLiteral("Environment"));
        QVERIFY2(env.contains(QStringLiteral("| Fact | Source | Target |")), qPrintable(env));
        QVERIFY2(env.contains(QStringLiteral("| Server version | 15.18 | 16.4 |")), qPrintable(env));
        QVERIFY(env.contains(QStringLiteral("| Server encoding | UTF8 | UTF8 |")));
        QVERIFY(env.contains(QStringLiteral("| WAL level | replica | replica |")));
        QVERIFY(env.contains(QStringLiteral("| pg\\_dump version | pg\\_dump (PostgreSQL) 15.18 | pg\\_dump (PostgreSQL) 16.4 |")) ||
                env.contains(QStringLiteral("| pg_dump version | pg_dump (PostgreSQL) 15.18 | pg_dump (PostgreSQL) 16.4 |")));
        for (const QString &raw : {QStringLiteral("serverVersionNum"), QStringLiteral("150018"), QStringLiteral("source."),
                                   QStringLiteral("walLevel"), QStringLiteral("serverEncoding")})
            QVERIFY2(!env.contains(raw), qPrintable(raw + QStringLiteral(" in\n") + env));
        const QString html = ReportRenderer::toHtml(rec);
        QVERIFY(!html.contains(QStringLiteral("serverVersionNum")));
        QVERIFY(!html.contains(QStringLiteral("150018")));
        QVERIFY(html.contains(QStringLiteral("<td>15.18</td>")));
        // A fact this version does not know is still shown by its key, paired up; a *VersionNum never raw.
        QJsonObject odd = rec;
        QJsonObject e = odd.value(QStringLiteral("environment")).toObject();
        QJsonObject s = e.value(QStringLiteral("source")).toObject();
        s[QStringLiteral("replicaVersionNum")] = 90624;
        s[QStringLiteral("diskFree")] = QStringLiteral("12 GiB");
        e[QStringLiteral("source")] = s;
        odd[QStringLiteral("environment")] = e;
        const QString env2 = section(ReportRenderer::toMarkdown(odd), QStringLiteral("Environment"));
        QVERIFY2(env2.contains(QStringLiteral("| `replicaVersionNum` | 9.6.24 | \u2014 |")), qPrintable(env2));
        QVERIFY(env2.contains(QStringLiteral("| `diskFree` | 12 GiB | \u2014 |")));
        QVERIFY(!env2.contains(QStringLiteral("90624")));
    }

    void summaryFirstCommandsLast()
    {
        const QJsonObject rec = makeRecord(8).toJson();
        const QString md = ReportRenderer::toMarkdown(rec);
        const qsizetype verification = md.indexOf(QStringLiteral("\n## Verification\n"));
        const qsizetype changes = md.indexOf(QStringLiteral("\n## Changes made on the source\n"));
        const qsizetype rollback = md.indexOf(QStringLiteral("\n## Rollback\n"));
        const qsizetype steps = md.indexOf(QStringLiteral("\n## Steps\n"));
        const qsizetype commands = md.indexOf(QStringLiteral("\n## Appendix: commands\n"));
        QVERIFY(verification > 0 && changes > verification && rollback > changes && steps > rollback && commands > steps);
        // The appendix is the last section, and each command a block of its own, not a row of a wide table.
        QCOMPARE(md.indexOf(QStringLiteral("\n## "), commands + 4), qsizetype(-1));
        const QString appendix = section(md, QStringLiteral("Appendix: commands"));
        QVERIFY(!appendix.contains(QStringLiteral("| Command |")));
        QCOMPARE(int(appendix.count(QStringLiteral("```sh\n/usr/lib/postgresql/15/bin/psql"))), 8);
        QVERIFY2(appendix.contains(QStringLiteral("**#7** \u00B7 \u2717 exit code 1 \u00B7 480 ms \u00B7 ")), qPrintable(appendix));
        QVERIFY(appendix.contains(QStringLiteral("\u2717 exit code 1")));
        const QString html = ReportRenderer::toHtml(rec);
        QVERIFY(html.indexOf(QStringLiteral("id=\"verification\"")) < html.indexOf(QStringLiteral("id=\"commands\"")));
        QVERIFY(html.indexOf(QStringLiteral("id=\"environment\"")) < html.indexOf(QStringLiteral("id=\"commands\"")));
    }

    void verificationAtAGlance()
    {
        const QJsonObject rec = makeRecord(1).toJson();
        const QString html = ReportRenderer::toHtml(rec);
        const qsizetype svg = html.indexOf(QStringLiteral("<svg"));
        QVERIFY(svg > html.indexOf(QStringLiteral("id=\"verification\"")));
        QVERIFY(svg < html.indexOf(QStringLiteral("id=\"source-changes\"")));
        QVERIFY2(html.contains(QStringLiteral("aria-label=\"Tables: 11 Identical \u00B7 1 Different; Inventory items: 1 Identical \u00B7 1 Only on the source\"")),
                 qPrintable(html.mid(svg, 600)));
        QVERIFY(html.contains(QStringLiteral("fill=\"#c81e1e\"")));   // the differing table, in red, with its words beside
        const QString ver = section(ReportRenderer::toMarkdown(rec), QStringLiteral("Verification"));
        QVERIFY2(ver.contains(QStringLiteral("**Verification at a glance**\n\n```text\nTables")), qPrintable(ver));
        QVERIFY(ver.contains(QStringLiteral("\u2588 11 Identical  \u2593 1 Different")));
    }

    // 300 commands: the appendix holds some 22 command blocks a page (two caption lines, two wrapped lines
    // of command), so about 14 pages; the summary, verification, rollback and facts take 4 or 5. Below 25
    // pages, where the table of 7 columns took a page per 4 commands (52 pages for the demo's 190).
    void pdfOfThreeHundredCommands()
    {
        const SessionRecord r = makeRecord(300);
        const QString path = writePdf(r, QStringLiteral("300.pdf"));
        const int pages = pdfPages(path);
        QVERIFY2(pages > 3 && pages < 25, qPrintable(QString::number(pages)));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int i = 0; i < pages; ++i) {
            const QString footer = QStringLiteral("session %1 \u00B7 page %2 of %3").arg(r.id).arg(i + 1).arg(pages);
            QVERIFY2(pageTexts.at(i).contains(footer), qPrintable(QStringLiteral("page %1 lacks \u201c%2\u201d").arg(i + 1).arg(footer)));
        }
        // No word cut in a narrow column.
        for (const QString &word : {QStringLiteral("Database"), QStringLiteral("Different"), QStringLiteral("Identical"),
                                    QStringLiteral("Verification"), QStringLiteral("Target")}) {
            QVERIFY2(text.contains(word), qPrintable(word));
            for (int cut = 2; cut < word.size() - 1; ++cut) {
                const QString broken = word.left(cut) + QLatin1Char('\n') + word.mid(cut);
                const QString spaced = word.left(cut) + QLatin1Char(' ') + word.mid(cut);
                QVERIFY2(!text.contains(broken) && !text.contains(spaced), qPrintable(spaced));
            }
        }
        // The summary and verification before the first command; the last page is commands.
        QVERIFY(text.indexOf(QStringLiteral("Verification at a glance")) < text.indexOf(QStringLiteral("#1 \u00B7")));
        QVERIFY(pageTexts.last().contains(QStringLiteral("#300")) || pageTexts.last().contains(QStringLiteral("Rendered by pgcrossing")));
        const QString sample = qEnvironmentVariable("PGX_REPORT_PDF_SAMPLE");
        if (!sample.isEmpty()) {
            QFile::remove(sample);
            QVERIFY(QFile::copy(path, sample));
        }
    }

    void chineseTextFallsBackToACjkFont()
    {
        const SessionRecord r = makeRecord(3, QStringLiteral("\u8D26\u6237"));   // 账户
        const QString path = writePdf(r, QStringLiteral("cjk.pdf"));
        const QString fonts = run(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")) || fonts.contains(QStringLiteral("NotoSansMonoCJK")), qPrintable(fonts));
        // 账 comes back as text (Qt's PDF maps the glyph of 户 back to its twin, the radical ⼾, so not that one).
        QVERIFY2(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).contains(QStringLiteral("\u8D26")), "the name is not in the PDF's text");
    }

    // PGX_REPORT_PDF_RECORD=report.json PGX_REPORT_PDF_OUT=x.pdf prints a real session's PDF to look at.
    void printARecordedSession()
    {
        const QString in = qEnvironmentVariable("PGX_REPORT_PDF_RECORD"), out = qEnvironmentVariable("PGX_REPORT_PDF_OUT");
        if (in.isEmpty() || out.isEmpty())
            QSKIP("PGX_REPORT_PDF_RECORD and PGX_REPORT_PDF_OUT not set");
        QFile f(in);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject rec = QJsonDocument::fromJson(f.readAll()).object();
        QString error;
        QVERIFY2(PdfReport::write(ReportBuilder::build(rec, in), rec.value(QStringLiteral("id")).toString(), out, &error), qPrintable(error));
        QFile html(out + QStringLiteral(".html"));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write(ReportRenderer::toHtml(rec, in).toUtf8());
        QFile md(out + QStringLiteral(".md"));
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write(ReportRenderer::toMarkdown(rec, in).toUtf8());
    }
};

QTEST_MAIN(TstReportLayout)
#include "tst_report_layout.moc"

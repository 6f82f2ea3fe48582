// Session reports (Markdown, HTML, the three files) rendered from a SessionRecord built in code: what a
// reader must notice, escaping of hostile names, the rollback section, and the record's own round trip.
#include "model/SessionRecord.h"
#include "report/MarkdownReport.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;

namespace {

const QString kHostile = QStringLiteral("order items d'été \"ü\" <b>");
const QString kPassword = QStringLiteral("Pa55-never-in-a-report-7f3e");

Verification makeVerification()
{
    TableDiff equal;
    equal.database = QStringLiteral("account");
    equal.schema = QStringLiteral("public");
    equal.table = QStringLiteral("users");
    equal.fingerprinted = true;
    equal.sourceRows = equal.targetRows = 1200;
    equal.sourceHash = equal.targetHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    equal.status = TableStatus::Equal;
    equal.keyColumns = QStringList{QStringLiteral("id")};
    TableDiff differs;
    differs.database = QStringLiteral("shop");
    differs.schema = QStringLiteral("public");
    differs.table = kHostile;
    differs.fingerprinted = true;
    differs.sourceRows = 57;
    differs.targetRows = 56;
    differs.sourceHash = QStringLiteral("aaaabbbbccccdddd1111222233334444");
    differs.targetHash = QStringLiteral("eeeeffff0000999988887777");
    differs.status = TableStatus::Differs;
    differs.message = QStringLiteral("1 row missing, 1 changed");
    differs.keyColumns = QStringList{QStringLiteral("order_id"), QStringLiteral("line")};
    differs.keysLocated = true;
    differs.differingKeys = {{QStringLiteral("(42,1)"), DifferingKey::Kind::Changed},
                             {QStringLiteral("(43,2)"), DifferingKey::Kind::MissingOnTarget}};
    Verification v;
    v.verdict = VerificationVerdict::Different;
    v.summary.equal = 1;
    v.summary.differs = 1;
    v.tables = {equal, differs};
    v.inventory = {
        InventoryRow{QStringLiteral("shop"), QStringLiteral("extension"), QStringLiteral("pg_jieba"), QStringLiteral("1.1.1"),
                     std::nullopt, InventoryStatus::MissingOnTarget, QStringLiteral("not installed")},
        InventoryRow{QStringLiteral("shop"), QStringLiteral("sequence"), QStringLiteral("public.orders_id_seq"), QStringLiteral("57"),
                     QStringLiteral("57"), InventoryStatus::Equal, QString()},
        InventoryRow{QStringLiteral("account"), QStringLiteral("schema"), QStringLiteral("public"), std::nullopt, std::nullopt,
                     InventoryStatus::Equal, QString()}};
    v.millis = 3250;
    return v;
}

SessionRecord makeRecord()
{
    Endpoint src;
    src.kind = Endpoint::Kind::Ssh;
    src.ssh.host = QStringLiteral("127.0.0.2");
    src.ssh.port = 2222;
    src.ssh.user = QStringLiteral("root");
    src.ssh.auth = SshConfig::Auth::Password;
    src.ssh.password = kPassword.toUtf8();         // must never reach the record or a report
    src.ssh.keyPassphrase = kPassword.toUtf8();
    src.containerEngine = QStringLiteral("docker");
    src.container = QStringLiteral("postgresql-svc-plus");
    src.pg.port = 5432;
    Endpoint dst;
    dst.pg.host = QStringLiteral("127.0.0.1");
    dst.pg.port = 5433;
    PlanOptions opt;
    opt.mode = PlanOptions::Mode::StopWrite;
    opt.holdWrites = true;
    opt.replaceExisting = true;
    opt.databases = {{QStringLiteral("account"), QStringLiteral("account")},
                     {QStringLiteral("shop"), QStringLiteral("shop")},
                     {QStringLiteral("knowledge_db"), QStringLiteral("knowledge_db")},
                     {QStringLiteral("legacy"), QStringLiteral("we\"ird")}};

    SessionRecord r = SessionRecord::create(src, dst, opt);
    r.finishedAt = r.createdAt.addSecs(95);
    r.run = SessionOutcome::SucceededWithWarnings;
    r.outcomeMessage = QStringLiteral("4 databases copied; 1 table differs");
    r.environment = QJsonObject{
        {"source", QJsonObject{{"serverVersion", "15.20"}, {"extensions", QJsonArray{"plpgsql", "pg_jieba"}},
                               {"disk", QJsonObject{{"freeBytes", 123456789}}}}},
        {"target", QJsonObject{{"serverVersion", "15.20"}}},
        {"tools", QJsonObject{{"pg_dump", "pg_dump (PostgreSQL) 15.20"}}}};
    r.preflight = QJsonArray{
        QJsonObject{{"id", "server-version"}, {"title", "Target version is not older than source"},
                    {"severity", "blocker"}, {"status", "passed"}, {"found", "15 → 15"}, {"expected", "target ≥ source"}},
        QJsonObject{{"id", "extension:pg_jieba"}, {"title", "Extension pg_jieba available on the target"},
                    {"severity", "warning"}, {"status", "failed"}, {"found", "missing"}, {"expected", "available"},
                    {"remedy", "git clone https://github.com/jaiminpan/pg_jieba.git\ncd pg_jieba && mkdir build && cd build\n"
                               "cmake .. && make && make install"}},
        QJsonObject{{"id", "disk-space"}, {"title", "Free disk on the target"}, {"severity", "blocker"},
                    {"status", "error"}, {"found", "df: not found"}, {"expected", "≥ 2 GiB"}}};

    auto at = [&r](int s) { return r.createdAt.addSecs(s); };
    r.steps << StepRecord{QStringLiteral("inspect"), QStringLiteral("Inspect source and target"), StepStatus::Ok,
                          false, false, at(0), at(3), QStringLiteral("2 servers, 4 databases"), QString()}
            << StepRecord{QStringLiteral("hold-writes"), QStringLiteral("Stop writes on the source"), StepStatus::Ok,
                          true, false, at(3), at(4), QStringLiteral("account is read-only"), QString()}
            << StepRecord{QStringLiteral("copy-database:shop"), QStringLiteral("Copy shop"), StepStatus::Warning,
                          false, true, at(4), at(60), QStringLiteral("pg_restore: errors ignored on restore: 1"),
                          QStringLiteral("pg_restore: error: could not execute query: ERROR:  extension \"pg_jieba\" is not available")}
            << StepRecord{QStringLiteral("copy-database:knowledge_db"), QStringLiteral("Copy knowledge_db"),
                          StepStatus::Failed, false, true, at(60), at(80), QStringLiteral("pg_restore exited with 1"), QString()};

    auto cmd = [&](int id, const QString &host, const QString &command, int exitCode, const QString &err) {
        CommandRecord c;
        c.id = id;
        c.host = host;
        c.command = command;
        c.purpose = QStringLiteral("step %1").arg(id);
        c.started = at(id);
        c.finished = at(id + 2);
        c.exitCode = exitCode;
        c.stderrTail = err;
        return c;
    };
    r.commands << cmd(1, QStringLiteral("root@127.0.0.2:2222"),
                      QStringLiteral("docker exec -i postgresql-svc-plus psql -X --csv -v ON_ERROR_STOP=1 -d account"), 0, QString())
               << cmd(2, QStringLiteral("root@127.0.0.2:2222"),
                      QStringLiteral("docker exec postgresql-svc-plus pg_dump -Fc shop | pg_restore -d shop"), 0, QString())
               << cmd(3, QStringLiteral("local"), QStringLiteral("psql -c 'select `x` from t' -d 'shop'"), 1,
                      QStringLiteral("ERROR:  syntax error at or near \"`\"\nLINE 1: select `x` from t"))
               << cmd(4, QStringLiteral("local"), QStringLiteral("printf '%s\\n' 'two\nlines'"), 0, QString());

    r.changes << SourceChange{QStringLiteral("hold:account"), QStringLiteral("account"),
                              QStringLiteral("Made account read-only and ended its other sessions"),
                              QStringLiteral("ALTER DATABASE \"account\" SET default_transaction_read_only = on;"),
                              QStringLiteral("ALTER DATABASE \"account\" RESET default_transaction_read_only;"), at(3), false, {}};
    r.artifacts << Artifact{QStringLiteral("globals"), QString(), QStringLiteral("local"),
                            QStringLiteral("/var/tmp/pgx/globals.sql"), 1536 * 1024 + 17,
                            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")};
    r.targets << TargetState{QStringLiteral("account"), true, true, QString()}
              << TargetState{QStringLiteral("shop"), true, true, QString()}
              << TargetState{QStringLiteral("knowledge_db"), true, false, QString()}
              << TargetState{QStringLiteral("we\"ird"), true, true, QStringLiteral("we\"ird_pgx_old")};
    r.verification = makeVerification();
    r.warnings << QStringLiteral("pg_restore: errors ignored on restore: 1 (shop)")
               << QStringLiteral("Table shop.public.\"order items\" differs");
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

void collectKeys(const QJsonValue &v, QStringList *keys)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            *keys << it.key();
            collectKeys(it.value(), keys);
        }
    } else if (v.isArray()) {
        for (const auto &x : v.toArray())
            collectKeys(x, keys);
    }
}

} // namespace

class TstReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionRecordRoundTrip()
    {
        const QJsonObject a = makeRecord().toJson();
        const QJsonObject b = SessionRecord::fromJson(a).toJson();
        QCOMPARE(QJsonDocument(b).toJson(), QJsonDocument(a).toJson());
        // And the empty record.
        const QJsonObject e = SessionRecord().toJson();
        QCOMPARE(SessionRecord::fromJson(e).toJson(), e);
    }

    void outcomeWords_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("word");
        // The record has a target database left incomplete: however its run ended, the report never says
        // it succeeded (EndState).
        QTest::newRow("running") << "running" << "Incomplete (the session did not finish)";
        QTest::newRow("succeeded") << "succeeded" << "Failed";
        QTest::newRow("warnings") << "succeeded-with-warnings" << "Failed";
        QTest::newRow("failed") << "failed" << "Failed";
        QTest::newRow("cancelled") << "cancelled" << "Cancelled";
    }
    void outcomeWords()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, word);
        QJsonObject rec = makeRecord().toJson();
        rec[QStringLiteral("run")] = outcome;
        const QString md = ReportRenderer::toMarkdown(rec);
        const QString html = ReportRenderer::toHtml(rec);
        const QString title = md.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(title.startsWith(QStringLiteral("# ")), qPrintable(title));
        QVERIFY2(title.endsWith(QStringLiteral(": ") + MarkdownReport::escapeText(word, false)), qPrintable(title));
        QVERIFY(html.contains(QStringLiteral("<h1>Migration report: ") + word.toHtmlEscaped() + QStringLiteral("</h1>")));
        QVERIFY(md.contains(QStringLiteral("4 databases copied; 1 table differs")));
        QVERIFY(!md.contains(QStringLiteral("Completed")));
        QVERIFY(!html.contains(QStringLiteral("Completed")));
        QCOMPARE(wordOf(SessionRecord::fromJson(rec).outcome()), word);
    }

    void basicInformation()
    {
        const QString md = ReportRenderer::toMarkdown(makeRecord().toJson());
        QVERIFY(md.contains(QStringLiteral("`root@127.0.0.2:2222 \u203A docker postgresql-svc-plus \u00B7 pg postgres (local socket, port 5432)`")));
        QVERIFY(md.contains(QStringLiteral("`local \u00B7 pg postgres@127.0.0.1:5433`")));
        QVERIFY(md.contains(QStringLiteral("Stop-write (maintenance window)")));
        QVERIFY(md.contains(QStringLiteral("| Duration | 1 min 35 s |")));
        // Environment: facts this version has no words for, by their key, source and target side by side.
        QVERIFY(md.contains(QStringLiteral("| `disk.freeBytes` | 123456789 | \u2014 |")));
        QVERIFY(md.contains(QStringLiteral("| `extensions` | plpgsql, pg_jieba | \u2014 |")));
        // Preflight: the four outcomes kept apart, the remedy as a copyable block.
        const QString pre = section(md, QStringLiteral("Preflight"));
        QVERIFY(pre.contains(QStringLiteral("\u2713 Passed")));
        QVERIFY(pre.contains(QStringLiteral("\u26A0 Warning")));
        QVERIFY(pre.contains(QStringLiteral("Error (the check could not run)")));
        QVERIFY(pre.contains(QStringLiteral("```text\ngit clone https://github.com/jaiminpan/pg_jieba.git\n")));
        // Steps with status word, duration and the source flag.
        const QString steps = section(md, QStringLiteral("Steps"));
        QVERIFY(steps.contains(QStringLiteral("| \u2713 Done | Stop writes on the source | **Source** | 1.0 s |")));
        QVERIFY(steps.contains(QStringLiteral("\u2717 Failed | Copy knowledge\\_db |")) || steps.contains(QStringLiteral("\u2717 Failed | Copy knowledge_db |")));
        // Artifacts: human size and the checksum.
        QVERIFY(md.contains(QStringLiteral("1.50 MiB (1,572,881 bytes)")));
        QVERIFY(md.contains(QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
        // Warnings: one line each.
        QVERIFY(md.contains(QStringLiteral("> \u26A0 pg_restore: errors ignored on restore: 1 (shop)\n")));
    }

    void differingTableAndEscaping()
    {
        const QJsonObject rec = makeRecord().toJson();
        const QString md = ReportRenderer::toMarkdown(rec);
        const QString html = ReportRenderer::toHtml(rec);

        const QString ver = section(md, QStringLiteral("Verification"));
        QVERIFY2(ver.contains(QStringLiteral("tables: 1 identical, 1 different")), qPrintable(ver));
        // The hostile name intact in Markdown (inside a code span), the row marked with a word and an icon.
        QVERIFY(ver.contains(QStringLiteral("| `shop` | `public` | `") + kHostile + QStringLiteral("` | 57 | 56 | \u2717 Different |")));
        QVERIFY(ver.contains(QStringLiteral("| `shop` | `public.") + kHostile + QStringLiteral("` | `aaaabbbbcccc` | `eeeeffff0000` |")));
        QVERIFY(ver.contains(QStringLiteral("\u2713 Identical")));
        // Its differing keys, under it.
        QVERIFY(ver.contains(QStringLiteral("### Differing keys in `public.") + kHostile + QStringLiteral("` (database `shop`)")));
        QVERIFY(ver.contains(QStringLiteral("- \u2717 Changed: `(42,1)`")));
        QVERIFY(ver.contains(QStringLiteral("- \u2717 Missing on target: `(43,2)`")));
        // Inventory: only what differs, then a count of the rest.
        QVERIFY(ver.contains(QStringLiteral("`pg_jieba`")));
        QVERIFY(!ver.contains(QStringLiteral("orders_id_seq")));
        QVERIFY(ver.contains(QStringLiteral("Other inventory items identical: 2.")));

        // HTML: escaped everywhere, never raw.
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(!html.contains(kHostile));
        QVERIFY(html.contains(kHostile.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("order items d'été &quot;ü&quot; &lt;b&gt;")));
        QVERIFY(html.contains(QStringLiteral("(42,1)")));
        QVERIFY(html.contains(QStringLiteral("class=\"bad\"")));
        // Self-contained: no script, no external resource.
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral(" src="), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("<style>")));

        // Markdown table cells: | escaped, backticks inside code spans survive.
        const QString cmds = section(md, QStringLiteral("Appendix: commands"));
        QVERIFY(cmds.contains(QStringLiteral("```sh\ndocker exec postgresql-svc-plus pg_dump -Fc shop | pg_restore -d shop\n```")));
        QVERIFY(cmds.contains(QStringLiteral("```sh\npsql -c 'select `x` from t' -d 'shop'\n```")));
    }

    void markdownEscaping()
    {
        QCOMPARE(MarkdownReport::escapeText(QStringLiteral("a|b *c* <b> [x]"), true), QStringLiteral("a\\|b \\*c\\* \\<b> \\[x\\]"));
        QCOMPARE(MarkdownReport::escapeText(QStringLiteral("a|b"), false), QStringLiteral("a|b"));
        QCOMPARE(MarkdownReport::escapeText(QStringLiteral("knowledge_db _x_"), false), QStringLiteral("knowledge_db \\_x\\_"));
        QCOMPARE(MarkdownReport::codeSpan(QStringLiteral("a`b"), false), QStringLiteral("``a`b``"));
        QCOMPARE(MarkdownReport::codeSpan(QStringLiteral("`x`"), false), QStringLiteral("`` `x` ``"));
        QCOMPARE(MarkdownReport::codeSpan(QStringLiteral("a|b"), true), QStringLiteral("`a\\|b`"));
        QCOMPARE(MarkdownReport::fencedBlock(QStringLiteral("```\nx"), QStringLiteral("sql")),
                 QStringLiteral("````sql\n```\nx\n````\n"));
        // A message cannot open a heading or a list.
        QJsonObject rec = makeRecord().toJson();
        rec[QStringLiteral("outcomeMessage")] = QStringLiteral("first\n# not a heading\n- not a list");
        const QString md = ReportRenderer::toMarkdown(rec);
        QVERIFY(md.contains(QStringLiteral("first  \n> \\# not a heading  \n> \\- not a list")));
    }

    void rollbackWhenNotReverted()
    {
        const QString md = ReportRenderer::toMarkdown(makeRecord().toJson(), QStringLiteral("/srv/pgx sessions/s1.json"));
        const QString rb = section(md, QStringLiteral("Rollback"));
        QVERIFY(!rb.isEmpty());
        QVERIFY2(rb.contains(QStringLiteral("pgcrossing-cli revert --session '/srv/pgx sessions/s1.json'")), qPrintable(rb));
        QVERIFY(rb.contains(QStringLiteral("ALTER DATABASE \"account\" RESET default_transaction_read_only;")));
        QVERIFY(rb.contains(QStringLiteral("Made account read-only and ended its other sessions")));
        QVERIFY(!rb.contains(QStringLiteral("Nothing needs reverting")));
        QVERIFY(rb.contains(QStringLiteral("Keep the source running")));
        QVERIFY(rb.contains(QStringLiteral("point the applications' connection settings at the source again")));
        // Databases the session created: dropped with correct quoting; renamed-aside ones swapped back.
        QVERIFY(rb.contains(QStringLiteral("DROP DATABASE \"account\";\nDROP DATABASE \"shop\";\nDROP DATABASE \"knowledge_db\";")));
        QVERIFY(rb.contains(QStringLiteral("DROP DATABASE \"we\"\"ird\";\nALTER DATABASE \"we\"\"ird_pgx_old\" RENAME TO \"we\"\"ird\";")));
        // Without a path, a placeholder.
        const QString md2 = ReportRenderer::toMarkdown(makeRecord().toJson());
        QVERIFY(section(md2, QStringLiteral("Rollback")).contains(QStringLiteral("pgcrossing-cli revert --session <path-to-record.json>")));
        const QString html = ReportRenderer::toHtml(makeRecord().toJson());
        QVERIFY(html.contains(QStringLiteral("pgcrossing-cli revert --session &lt;path-to-record.json&gt;")));
    }

    void rollbackWhenAllReverted()
    {
        SessionRecord r = makeRecord();
        for (auto &c : r.changes) {
            c.reverted = true;
            c.revertedAt = r.finishedAt;
        }
        const QString md = ReportRenderer::toMarkdown(r.toJson());
        const QString rb = section(md, QStringLiteral("Rollback"));
        QVERIFY(rb.contains(QStringLiteral("Nothing needs reverting on the source")));
        QVERIFY(!rb.contains(QStringLiteral("pgcrossing-cli revert")));
        QVERIFY(!rb.contains(QStringLiteral("RESET default_transaction_read_only")));
        QVERIFY(section(md, QStringLiteral("Changes made on the source")).contains(QStringLiteral("\u2713 Yes, at ")));
        r.changes.clear();
        QVERIFY(section(ReportRenderer::toMarkdown(r.toJson()), QStringLiteral("Rollback"))
                    .contains(QStringLiteral("Nothing needs reverting on the source: this session changed nothing there.")));
    }

    void incompleteTargetFlagged()
    {
        const QJsonObject rec = makeRecord().toJson();
        const QString md = ReportRenderer::toMarkdown(rec);
        const QString targets = section(md, QStringLiteral("Target databases"));
        QVERIFY2(targets.contains(QStringLiteral("| `knowledge_db` | Yes | \u2717 INCOMPLETE |")), qPrintable(targets));
        QVERIFY(targets.contains(QStringLiteral("Do not use it.")));
        QVERIFY(targets.contains(QStringLiteral("| `account` | Yes | \u2713 Complete |")));
        QVERIFY(targets.contains(QStringLiteral("renamed to `we\"ird_pgx_old`")));
        QVERIFY(md.contains(QStringLiteral("Target database(s) left incomplete: knowledge_db.")));
        QVERIFY(ReportRenderer::toHtml(rec).contains(QStringLiteral("<td class=\"bad\">\u2717 INCOMPLETE</td>")));
    }

    void everyCommandAppears()
    {
        const SessionRecord r = makeRecord();
        const QString md = ReportRenderer::toMarkdown(r.toJson());
        const QString html = ReportRenderer::toHtml(r.toJson());
        const QString cmds = section(md, QStringLiteral("Appendix: commands"));
        for (const auto &c : r.commands) {
            QVERIFY2(html.contains(QStringLiteral("<pre data-lang=\"sh\">") + c.command.toHtmlEscaped() + QStringLiteral("</pre>")),
                     qPrintable(c.command));
            // Each command a fenced block of its own, multi-line ones included.
            QVERIFY2(cmds.contains(QStringLiteral("```sh\n") + c.command + QStringLiteral("\n```")), qPrintable(c.command));
        }
        // stderr collapsed in HTML, a note in Markdown; the failing exit code shown with a mark.
        QVERIFY(html.contains(QStringLiteral("<details><summary>stderr of command 3 (2 lines)</summary><pre>ERROR:  syntax error")));
        QVERIFY(cmds.contains(QStringLiteral("\u2717 exit code 1")));
        QVERIFY(cmds.contains(QStringLiteral("stderr of command 3 (2 lines)\n\n```text\n")));
        QVERIFY(cmds.contains(QStringLiteral("```text\nERROR:  syntax error at or near \"`\"\nLINE 1: select `x` from t\n```")));
    }

    void writeCreatesThreeFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonObject rec = makeRecord().toJson();
        QStringList written;
        QString error;
        const QString base = dir.filePath(QStringLiteral("sub/dir/session 1"));
        QVERIFY2(ReportRenderer::write(rec, base, &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 3);
        for (const char *ext : {".json", ".html", ".md"})
            QVERIFY(written.contains(base + QLatin1String(ext)));
        QFile json(base + QStringLiteral(".json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject back = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(back, rec);
        QCOMPARE(SessionRecord::fromJson(back).toJson(), rec);
        QFile md(base + QStringLiteral(".md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(md.readAll());
        QVERIFY(mdText.contains(kHostile));
        QVERIFY(mdText.contains(QStringLiteral("pgcrossing-cli revert --session '") + base + QStringLiteral(".json'")));
        QFile html(base + QStringLiteral(".html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));

        // A file where the folder should be: an error, not a crash.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        written.clear();
        QVERIFY(!ReportRenderer::write(rec, dir.filePath(QStringLiteral("blocker/x")), &written, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(written.isEmpty());

        // PGX_REPORT_SAMPLE=/tmp/pgx-report-sample keeps a sample to look at.
        const QString sample = qEnvironmentVariable("PGX_REPORT_SAMPLE");
        if (!sample.isEmpty())
            QVERIFY2(ReportRenderer::write(rec, sample, nullptr, &error), qPrintable(error));
    }

    void noSecretAnywhere()
    {
        const QJsonObject rec = makeRecord().toJson();
        QStringList keys;
        collectKeys(rec, &keys);
        QVERIFY(keys.contains(QStringLiteral("auth")));
        for (const QString &k : keys)
            QVERIFY2(!k.contains(QStringLiteral("password"), Qt::CaseInsensitive) &&
                         !k.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive),
                     qPrintable(k));
        const QByteArray json = QJsonDocument(rec).toJson();
        QVERIFY(!json.contains(kPassword.toUtf8()));
        QVERIFY(!ReportRenderer::toMarkdown(rec).contains(kPassword));
        QVERIFY(!ReportRenderer::toHtml(rec).contains(kPassword));
        // A key that names a secret in the environment facts is never shown, should one ever slip in.
        QJsonObject leaky = rec;
        leaky[QStringLiteral("environment")] = QJsonObject{{"target", QJsonObject{{"pgPassword", kPassword}}}};
        QVERIFY(!ReportRenderer::toMarkdown(leaky).contains(kPassword));
        QVERIFY(!ReportRenderer::toHtml(leaky).contains(kPassword));
    }

    void databaseSizesAreInformationNotWarnings()
    {
        QJsonObject rec = SessionRecord::create(Endpoint{}, Endpoint{}, PlanOptions{}).toJson();
        rec[QStringLiteral("outcome")] = QStringLiteral("succeeded");
        rec[QStringLiteral("verification")] = QJsonObject{
            {QStringLiteral("verdict"), QStringLiteral("equal")},
            {QStringLiteral("inventory"),
             QJsonArray{QJsonObject{{QStringLiteral("database"), QStringLiteral("account")}, {QStringLiteral("kind"), QStringLiteral("index")},
                                    {QStringLiteral("key"), QStringLiteral("public.users_pkey")}, {QStringLiteral("status"), QStringLiteral("equal")}},
                        QJsonObject{{QStringLiteral("database"), QStringLiteral("account")}, {QStringLiteral("kind"), QStringLiteral("size")},
                                    {QStringLiteral("key"), QStringLiteral("account")}, {QStringLiteral("source"), QStringLiteral("9000000")},
                                    {QStringLiteral("target"), QStringLiteral("8000000")}, {QStringLiteral("status"), QStringLiteral("info")}}}}};
        const QString md = ReportRenderer::toMarkdown(rec);
        QVERIFY2(md.contains(QStringLiteral("All 1 inventory items are identical")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("Database sizes")));
        QVERIFY(!md.contains(QStringLiteral("| info |")));
    }

    // One tone per status, for the report and the Verify page alike (ReportBuilder::statusTone): anything the
    // verdict counts as a difference is Bad — a table or an index only on the target too, since it makes the
    // verification Different and the session Failed.
    void statusTones()
    {
        QCOMPARE(ReportBuilder::statusTone(TableStatus::Equal), ReportTone::Ok);
        QCOMPARE(ReportBuilder::statusTone(TableStatus::Differs), ReportTone::Bad);
        QCOMPARE(ReportBuilder::statusTone(TableStatus::MissingOnTarget), ReportTone::Bad);
        QCOMPARE(ReportBuilder::statusTone(TableStatus::ExtraOnTarget), ReportTone::Bad);
        QCOMPARE(ReportBuilder::statusTone(TableStatus::Error), ReportTone::Error);
        QCOMPARE(ReportBuilder::statusTone(InventoryStatus::Equal), ReportTone::Ok);
        QCOMPARE(ReportBuilder::statusTone(InventoryStatus::Info), ReportTone::Info);
        QCOMPARE(ReportBuilder::statusTone(InventoryStatus::Differs), ReportTone::Bad);
        QCOMPARE(ReportBuilder::statusTone(InventoryStatus::MissingOnTarget), ReportTone::Bad);
        QCOMPARE(ReportBuilder::statusTone(InventoryStatus::ExtraOnTarget), ReportTone::Bad);

        // As the report marks them: a target-only table and index with ✗, never the warning's ⚠.
        SessionRecord r = makeRecord();
        TableDiff extra;
        extra.database = QStringLiteral("account");
        extra.schema = QStringLiteral("public");
        extra.table = QStringLiteral("planted_extra");
        extra.targetRows = 0;
        extra.status = TableStatus::ExtraOnTarget;
        r.verification.tables << extra;
        r.verification.inventory << InventoryRow{QStringLiteral("account"), QStringLiteral("index"), QStringLiteral("public.planted_idx"),
                                                 std::nullopt, QStringLiteral("CREATE INDEX planted_idx"), InventoryStatus::ExtraOnTarget,
                                                 QString()};
        const QString ver = section(ReportRenderer::toMarkdown(r.toJson()), QStringLiteral("Verification"));
        const QString word = wordOf(TableStatus::ExtraOnTarget);
        QCOMPARE(word, wordOf(InventoryStatus::ExtraOnTarget));
        QCOMPARE(ver.count(QStringLiteral("\u2717 ") + word), 2);
        QVERIFY2(!ver.contains(QStringLiteral("\u26A0 ") + word), qPrintable(ver));
    }

    void defensiveRendering()
    {
        // An empty object, a record cut short, and a verification of the wrong shapes: no crash, honest words.
        const QString md = ReportRenderer::toMarkdown(QJsonObject());
        QVERIFY(md.startsWith(QStringLiteral("# Migration report: Incomplete (the session did not finish)")));
        QVERIFY(md.contains(QStringLiteral("Not verified")));
        QVERIFY(!ReportRenderer::toHtml(QJsonObject()).isEmpty());

        QJsonObject rec = makeRecord().toJson();
        rec[QStringLiteral("verification")] = QJsonObject{
            {"verdict", "error"},
            {"tables", QJsonArray{QJsonObject{{"table", "t"}, {"status", "error"}, {"message", "permission denied"}},
                                  QJsonValue(42), QJsonObject{{"status", "differs"}, {"differingKeys", QJsonArray{"(1)"}}}}},
            {"inventory", "not an array"}};
        rec[QStringLiteral("preflight")] = QJsonArray{QJsonObject{{"id", "x"}}, QJsonValue("y")};
        rec[QStringLiteral("steps")] = QJsonArray{QJsonObject{{"status", "running"}}};
        rec[QStringLiteral("outcome")] = QStringLiteral("failed");
        const QString md2 = ReportRenderer::toMarkdown(rec);
        QVERIFY(md2.contains(QStringLiteral("Could not compare")));
        QVERIFY(md2.contains(QStringLiteral("permission denied")));
        QVERIFY(md2.contains(QStringLiteral("\u2717 Interrupted")));
        QVERIFY(md2.contains(QStringLiteral("`(1)`")));
        QVERIFY(!ReportRenderer::toHtml(rec).isEmpty());
    }

    void helpers()
    {
        QCOMPARE(ReportBuilder::quoteIdent(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(ReportBuilder::humanBytes(512), QStringLiteral("512 bytes"));
        QCOMPARE(ReportBuilder::humanBytes(5LL * 1024 * 1024 * 1024), QStringLiteral("5.00 GiB"));
        QCOMPARE(ReportBuilder::humanDuration(850), QStringLiteral("850 ms"));
        QCOMPARE(ReportBuilder::humanDuration(3723000), QStringLiteral("1 h 02 min"));
    }
};

QTEST_GUILESS_MAIN(TstReport)
#include "tst_report.moc"

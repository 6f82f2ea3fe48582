// Issue 10, "every word a Chinese user sees comes from the translations": with the interface in Simplified
// Chinese, the wizard is walked on the sandbox's real servers — Start (with a history row and a draft
// offered), Hosts after Test connection, Databases, Mode in each mode, Preflight with a planted blocker
// (its remedy and Fix this in view) and then with its checklist passed, Execute after a stop-write run
// that keeps the writes held, Verify (Tables and Inventory, with differences planted on the target and
// Verify again), Execute again and Report, which then say Failed (失败) and never Succeeded, the Report with
// its source changes and Revert now, and each question the wizard asks while it is open: closing with a
// setup entered, Revert now, Reset the demo. On each, every visible text of the widget tree is read:
// labels, buttons, group titles, tab texts, every header and cell of the trees and tables, combo box
// items, placeholders, the window and page titles, the tooltips of the widgets and of every header and
// cell, the Report page's document, the message boxes' texts, and our own words in the Execute page's log
// (each command's purpose, the steps' lines). Any English word there fails the test, naming the page, the
// widget and the text, unless it is
//   - a product or tool name, a unit or an acronym (kAllowed below, short and explained), or
//   - a whole name that comes from the data — the databases, schemas, tables, keys, inventory items and
//     their definitions, the user's own checks, hosts and users of this session (collected from its record
//     and the sandbox) — removed from a text before what is left is split into words, never split itself
//     (a table named "users" hides "users", not "user" elsewhere); what the servers say of themselves
//     (versions, builds) is removed only from the report's Environment cells that show it; or
//   - anything that reads as an identifier, a path, SQL or a command line (has _ . / = : @ or digits in it,
//     is all capitals like a SQL keyword, is quoted in `…` or "…", is set in <tt>/<code>, or in the report's
//     monospace code), or
//   - in the log view, whose lines are otherwise the tools' own output and the command lines as they ran
//     (excluded; a purpose that is a statement's first words, as PgClient writes it, is SQL), or in the
//     report's appendix of commands (command lines as they ran).
// Saves zh-<page>.png of every page and question at 1024×700 when PGX_SCREENSHOT_DIR is set.
#include "CliRun.h"
#include "DatabasesPage.h"
#include "EndpointForm.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "Language.h"
#include "LogModel.h"
#include "MigrationWizard.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "ReportPage.h"
#include "Sandbox.h"
#include "StartPage.h"
#include "VerifyPage.h"
#include "WizardDriver.h"
#include "model/LogLevel.h"
#include "model/SessionOutcome.h"
#include "model/SessionRecord.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimer>
#include <QTreeWidget>
#include <QPushButton>
#include <QElapsedTimer>
#include <QWizardPage>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const int kStepTimeout = 120000;
const int kRunTimeout = 600000;
const QSize kDefaultSize(1024, 700);

// Words that stay as they are in a Chinese interface: product and tool names, file formats, units and
// the language chooser's own "English". Compared ignoring case. Nothing else belongs here: an ordinary
// English word found on a page is fixed with tr() and a translation, never by growing this list.
const QStringList kAllowed{
    QStringLiteral("pgcrossing"), QStringLiteral("PostgreSQL"), QStringLiteral("docker"), QStringLiteral("podman"),
    QStringLiteral("psql"), QStringLiteral("ssh"), QStringLiteral("sshd"),       // tools
    QStringLiteral("Markdown"), QStringLiteral("JSON"), QStringLiteral("HTML"), QStringLiteral("PDF"),
    QStringLiteral("CLI"),                                                       // formats, the command line
    QStringLiteral("B"), QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("GiB"), QStringLiteral("TiB"),
    QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB"), QStringLiteral("ms"), QStringLiteral("s"),
    QStringLiteral("pg"),                                                        // "pg user@host" in endpoint labels
    QStringLiteral("English"),                                                   // the language chooser's item
};

// Command lines a text tells the user to type, as they are typed: taken out whole, like the data's names.
const QStringList kCommands{
    QStringLiteral("pgcrossing-cli revert --session"), // the end state's reason when changes stay on the source
};

// One visible text, where it was seen.
struct Seen {
    QString page, widget, text;
    QStringList facts; // what the servers say of themselves, shown in this text only (removed from it alone)
};

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PGX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(dir + QStringLiteral("/zh-") + name + QStringLiteral(".png")));
}

QString zh(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// All the words of the labels of w that are shown: what a status line says.
QString shownText(const QWidget *w)
{
    QString all;
    for (const QLabel *l : w->findChildren<QLabel *>())
        if (l->isVisibleTo(w)) {
            QTextDocument doc;
            doc.setHtml(l->text());
            all += doc.toPlainText() + QLatin1Char('\n');
        }
    return all;
}

// The English words of texts, once the whole names of the data are taken out of them.
class EnglishFinder {
public:
    // A name from the data, whole: it is taken out of a text where it stands as a whole word (or words),
    // never split into words that would then pass anywhere.
    void addName(const QString &name)
    {
        const QString n = name.trimmed();
        if (!n.isEmpty() && n.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))) && !m_names.contains(n)) {
            m_names.insert(n);
            m_sorted.clear();
        }
    }

    // The English words of one text ("" when there is none); facts are names shown in this text alone.
    QStringList englishWords(QString text, const QStringList &facts = {}) const
    {
        // Names first (a name may hold quotes: Ledger d'été; $HOME "ü"), then anything quoted.
        text = withoutNames(text, facts);
        static const QRegularExpression quoted(QStringLiteral("`[^`]*`|\"[^\"]*\""));
        text.remove(quoted);
        // Chunks: runs between spaces, Han characters and CJK or typographic punctuation.
        static const QRegularExpression separators(
            QStringLiteral("[\\s\\p{Han}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}\\x{2010}-\\x{2027}\\x{2190}-\\x{22FF}"
                           "\\x{00B7}\\x{00D7}\\x{203A}\\x{2039}\\x{25A0}-\\x{25FF}]+"));
        static const QRegularExpression edges(QStringLiteral("^[()\\[\\]{},;:!?'%*+.…]+|[()\\[\\]{},;:!?'%*+.…]+$"));
        static const QRegularExpression structural(QStringLiteral("[_./=\\\\:@#$~<>|0-9]|^-"));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{8,}$"));
        static const QRegularExpression letters(QStringLiteral("[A-Za-z]+"));
        QStringList out;
        for (QString chunk : text.split(separators, Qt::SkipEmptyParts)) {
            chunk.remove(edges);
            if (chunk.isEmpty() || !chunk.contains(letters) || chunk.contains(structural) || hex.match(chunk).hasMatch())
                continue;
            for (auto it = letters.globalMatch(chunk); it.hasNext();) {
                const QString word = it.next().captured();
                if (word.size() >= 2 && word == word.toUpper())
                    continue; // SQL keywords and acronyms: REINDEX, ANALYZE, SSH, WAL, UTC
                if (kAllowed.contains(word, Qt::CaseInsensitive))
                    continue;
                out << word;
            }
        }
        return out;
    }

private:
    QSet<QString> m_names;
    mutable QStringList m_sorted; // m_names, the longest first

    // text with every whole name taken out, this text's facts first, then the data's names the longest first
    // so that "public.users" goes before "users"; a name counts only where no letter, digit or _ of an
    // identifier touches it (Chinese characters may).
    QString withoutNames(QString text, const QStringList &facts) const
    {
        auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size(); };
        if (m_sorted.isEmpty()) {
            m_sorted = QStringList(m_names.begin(), m_names.end()) + kCommands;
            std::sort(m_sorted.begin(), m_sorted.end(), longestFirst);
        }
        QStringList names = facts;
        std::sort(names.begin(), names.end(), longestFirst);
        names += m_sorted;
        for (const QString &name : std::as_const(names)) {
            if (name.trimmed().isEmpty() || !text.contains(name, Qt::CaseInsensitive))
                continue;
            const QRegularExpression whole(QStringLiteral("(?<![A-Za-z0-9_])") + QRegularExpression::escape(name) +
                                               QStringLiteral("(?![A-Za-z0-9_])"),
                                           QRegularExpression::CaseInsensitiveOption);
            text.replace(whole, QStringLiteral(" "));
        }
        return text;
    }
};

QString describe(const QObject *o)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

// Rich text as the user reads it: <tt>, <code> and <pre> are commands and names, set apart.
QString plainLabelText(const QLabel *label)
{
    QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    static const QRegularExpression code(QStringLiteral("<(tt|code|pre)\\b[^>]*>.*?</\\1>"),
                                         QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    text.replace(code, QStringLiteral(" "));
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

QString withoutAccelerator(QString text)
{
    static const QRegularExpression paren(QStringLiteral("\\(&.\\)"));
    text.remove(paren);
    return text.remove(QLatin1Char('&'));
}

} // namespace

class TstTranslatedUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_sessions;
    std::unique_ptr<MigrationWizard> m_wizard;
    EnglishFinder m_finder;
    QStringList m_facts; // what the servers and tools say of themselves, shown in the report's Environment cells
    QList<Seen> m_seen;  // judged at the end, once the session's names are all known
    QStringList m_pagesWalked;

    std::unique_ptr<MigrationWizard> openWizard()
    {
        auto w = std::make_unique<MigrationWizard>();
        w->setSessionsRoot(m_sessions.path());
        w->resize(kDefaultSize);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        return w;
    }

    void check(const QString &page, const QObject *where, const QString &what, const QString &text, const QStringList &facts = {})
    {
        if (!text.trimmed().isEmpty())
            m_seen << Seen{page, describe(where) + QStringLiteral(" ") + what, text, facts};
    }

    // factColumns: the columns whose cells may show what the servers say of themselves.
    void checkModel(const QString &page, const QAbstractItemView *view, const QList<int> &factColumns = {})
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c) {
            check(page, view, QStringLiteral("header %1").arg(c), model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            check(page, view, QStringLiteral("header %1 tooltip").arg(c),
                  model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r)
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex i = model->index(r, c, parent);
                    const QStringList facts = factColumns.contains(c) ? m_facts : QStringList();
                    check(page, view, QStringLiteral("cell %1,%2").arg(r).arg(c), i.data(Qt::DisplayRole).toString(), facts);
                    check(page, view, QStringLiteral("cell %1,%2 tooltip").arg(r).arg(c), i.data(Qt::ToolTipRole).toString(), facts);
                    if (c == 0 && model->hasChildren(i))
                        walk(i);
                }
        };
        walk(QModelIndex());
    }

    // The report as it reads, without its code blocks and inline code (monospace) and without the
    // appendix of commands; the servers' own words are taken out of the cells of the Environment and
    // Preflight sections only (the facts, and the checks' Found column).
    void checkReport(const QString &page, const QTextBrowser *browser)
    {
        const QString appendix = zh("Report", "Appendix: commands");
        const QStringList withFacts{zh("Report", "Environment"), zh("Report", "Preflight")};
        bool inFacts = false;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text().trimmed() == appendix)
                break;
            if (b.blockFormat().headingLevel() > 0)
                inFacts = withFacts.contains(b.text().trimmed());
            if (b.blockFormat().nonBreakableLines())
                continue;
            QString text;
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QTextCharFormat cf = f.charFormat();
                const QString families = cf.fontFamilies().toStringList().join(QLatin1Char(' '));
                if (cf.fontFixedPitch() || families.contains(QStringLiteral("Mono"), Qt::CaseInsensitive))
                    continue;
                text += f.text();
            }
            QVERIFY2(!text.contains(QStringLiteral("Appendix")), "the report's appendix heading is not translated");
            for (const QString &line : text.split(QChar::LineSeparator, Qt::SkipEmptyParts))
                check(page, browser, inFacts ? QStringLiteral("document (server facts)") : QStringLiteral("document"), line,
                      inFacts ? m_facts : QStringList());
        }
    }

    // Our own words in the live log: what each command is for, and the steps' lines. The rest of the log is
    // the commands as they ran and the tools' output.
    void checkLog(const QString &page, ExecutePage *exec)
    {
        LogModel *log = exec->log();
        log->flush();
        // PgClient's purpose of a query is the statement's first words: SQL, which starts with a keyword.
        static const QRegularExpression sql(QStringLiteral("^[A-Z]{2,}\\b"));
        const QString separator = QStringLiteral("    # ");
        int purposes = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            const QModelIndex i = log->index(row);
            const QString text = i.data(Qt::DisplayRole).toString();
            switch (LogLevel(i.data(LogModel::LevelRole).toInt())) {
            case LogLevel::Command: {
                const qsizetype at = text.lastIndexOf(separator);
                if (at < 0)
                    break;
                const QString purpose = text.mid(at + separator.size());
                ++purposes;
                if (!sql.match(purpose).hasMatch())
                    check(page, exec->logView(), QStringLiteral("purpose in line %1").arg(row), purpose);
                break;
            }
            case LogLevel::Info:
                check(page, exec->logView(), QStringLiteral("line %1").arg(row), text);
                break;
            default:
                break;
            }
        }
        QVERIFY2(purposes > 0, "the log shows no command with its purpose");
    }

    // Every visible text of the widgets under root, but those under skip. The Preflight checklist's Found
    // and Expected cells and the selected check's detail may show what the servers say of themselves.
    void walkWidgets(const QString &page, const QWidget *root, const QWidget *skip = nullptr)
    {
        const PreflightPage *pre = m_wizard ? m_wizard->preflightPage() : nullptr;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            if (skip && (widget == skip || skip->isAncestorOf(widget)))
                continue;
            check(page, widget, QStringLiteral("tooltip"), widget->toolTip());
            if (auto *label = qobject_cast<QLabel *>(widget))
                check(page, label, QStringLiteral("text"), plainLabelText(label), pre && label == pre->detail() ? m_facts : QStringList());
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                check(page, button, QStringLiteral("text"), withoutAccelerator(button->text()));
            else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(page, combo, QStringLiteral("item %1").arg(i), combo->itemText(i));
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                check(page, edit, QStringLiteral("placeholder"), edit->placeholderText());
            else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < bar->count(); ++i)
                    check(page, bar, QStringLiteral("tab %1").arg(i), withoutAccelerator(bar->tabText(i)));
            } else if (auto *browser = qobject_cast<QTextBrowser *>(widget))
                checkReport(page, browser);
            else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
                if (!qobject_cast<QHeaderView *>(view))
                    checkModel(page, view,
                               pre && view == pre->checklist() ? QList<int>{PreflightPage::FoundCol, PreflightPage::ExpectedCol} : QList<int>());
            }
            if (auto *group = qobject_cast<QGroupBox *>(widget))
                check(page, group, QStringLiteral("title"), withoutAccelerator(group->title()));
        }
    }

    // Every visible text of the window on the page it shows.
    void walk(MigrationWizard &w, const QString &page)
    {
        QCoreApplication::processEvents();
        m_pagesWalked << page;
        check(page, &w, QStringLiteral("window title"), w.windowTitle());
        if (QWizardPage *p = w.currentPage()) {
            check(page, p, QStringLiteral("title"), p->title());
            check(page, p, QStringLiteral("subtitle"), p->subTitle());
        }
        // The log's lines are the tools' own output; our words in it are read by checkLog().
        walkWidgets(page, &w, w.executePage()->logView());
    }

    // A question the wizard asks: open() makes it appear; while it is open its texts are walked and it is
    // saved as zh-<shot>.png, then answered with the button answer() picks. False when no such question came.
    bool walkQuestion(const QString &page, const QString &shot, const std::function<void()> &open,
                      const std::function<QAbstractButton *(QMessageBox *)> &answer)
    {
        bool answered = false;
        QTimer poll; // until the question is open, for at most a few seconds
        poll.setInterval(10);
        QElapsedTimer since;
        since.start();
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                if (since.elapsed() > 5000)
                    poll.stop();
                return;
            }
            poll.stop();
            QCoreApplication::processEvents();
            m_pagesWalked << page;
            check(page, box, QStringLiteral("window title"), box->windowTitle());
            check(page, box, QStringLiteral("detailed text"), box->detailedText());
            walkWidgets(page, box);
            screenshot(box, shot);
            QAbstractButton *b = answer(box);
            if (!b) {
                box->reject();
                return;
            }
            answered = true;
            b->click();
        });
        poll.start();
        open();
        poll.stop();
        return answered;
    }

    // The names this session's data brings: databases, schemas, tables, keys, inventory items, endpoints;
    // and what the servers say of themselves, kept apart (m_facts) for the cells that show it.
    void collectNames(const SessionRecord &r)
    {
        for (const DatabaseMapping &m : r.options.databases) {
            m_finder.addName(m.source);
            m_finder.addName(m.target);
        }
        for (const VerifyQuery &q : r.options.verifyQueries) { // the user's own checks: their words, not the UI's
            m_finder.addName(q.name);
            m_finder.addName(q.sql);
        }
        for (const Endpoint *e : {&r.source, &r.target}) {
            m_finder.addName(e->ssh.host);
            m_finder.addName(e->ssh.user);
            m_finder.addName(e->pg.host);
            m_finder.addName(e->pg.user);
            m_finder.addName(e->container);
        }
        for (const TableDiff &t : r.verification.tables) {
            m_finder.addName(t.database);
            m_finder.addName(t.schema);
            m_finder.addName(t.table);
            m_finder.addName(t.schema + QLatin1Char('.') + t.table);
            for (const QString &k : t.keyColumns)
                m_finder.addName(k);
            for (const DifferingKey &k : t.differingKeys)
                m_finder.addName(k.key);
        }
        std::function<void(const QJsonValue &)> facts = [&](const QJsonValue &v) {
            if (v.isString() && !m_facts.contains(v.toString()))
                m_facts << v.toString();
            else if (v.isObject())
                for (const QJsonValue &x : v.toObject())
                    facts(x);
            else if (v.isArray())
                for (const QJsonValue &x : v.toArray())
                    facts(x);
        };
        facts(r.environment);
        // The catalog's own words: object names and their definitions as the servers print them (a check's
        // answer of several rows is shown a line a row, joined by " · ").
        for (const InventoryRow &i : r.verification.inventory) {
            m_finder.addName(i.key);
            for (const std::optional<QString> &side : {i.source, i.target})
                for (const QString &line : side.value_or(QString()).split(QLatin1Char('\n')))
                    m_finder.addName(line);
        }
    }

    void report()
    {
        QStringList lines;
        for (const Seen &s : std::as_const(m_seen)) {
            const QStringList words = m_finder.englishWords(s.text, s.facts);
            if (!words.isEmpty())
                lines << QStringLiteral("%1 · %2: [%3] %4").arg(s.page, s.widget, words.join(QStringLiteral(", ")), s.text.simplified().left(300));
        }
        lines.removeDuplicates();
        for (const QString &line : std::as_const(lines))
            qWarning().noquote() << line;
        QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("English on the Chinese screens (%1):\n").arg(lines.size()) +
                                              lines.join(QLatin1Char('\n'))));
    }

    // The end state as the Execute page's status line and the Report page's verdict say it: Failed, in Chinese.
    void saysFailed(const QString &where, const QString &text)
    {
        const QString failed = wordOf(SessionOutcome::Failed);
        QCOMPARE(failed, QStringLiteral("失败"));
        QVERIFY2(text.contains(failed), qPrintable(where + QStringLiteral(": ") + text));
        for (SessionOutcome o : {SessionOutcome::Succeeded, SessionOutcome::SucceededWithWarnings})
            QVERIFY2(!text.contains(wordOf(o)), qPrintable(where + QStringLiteral(": ") + text));
        QVERIFY2(!text.contains(QStringLiteral("成功")), qPrintable(where + QStringLiteral(": ") + text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(m_sessions.isValid());
        QVERIFY(Language::install(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        // The sandbox's own names: its hosts, users, container and databases.
        const Sandbox &s = Sandbox::instance();
        for (const char *key : {"PGX_SRC_SSH_HOST", "PGX_DST_SSH_HOST", "PGX_CONTAINER", "PGX_PG_USER", "PGX_PG_HOST",
                                "PGX_HOSTILE_DB"})
            m_finder.addName(s.value(QString::fromLatin1(key)));
        // What the servers and their tools say of themselves (Preflight shows it before any record has it).
        for (const QString &side : {QStringLiteral("src"), QStringLiteral("dst")}) {
            bool ok = false;
            m_facts << sandboxSql(side, QStringLiteral("postgres"), QStringLiteral("SELECT version()"), &ok).trimmed();
            QVERIFY(ok);
        }
        for (const QString &tool : {QStringLiteral("pg_dump"), QStringLiteral("pg_restore"), QStringLiteral("psql")}) {
            QProcess p;
            p.start(s.value(QStringLiteral("PGX_PG_BINDIR")) + QLatin1Char('/') + tool, {QStringLiteral("--version")});
            QVERIFY(p.waitForFinished(30000));
            m_facts << QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        }
        QVERIFY(resetSandboxTarget());
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        // A run stopped half-way may have left the writes held on the source.
        for (const QString &db : {QStringLiteral("account"), QStringLiteral("knowledge_db")})
            sandboxSql(QStringLiteral("src"), QStringLiteral("postgres"),
                       QStringLiteral("ALTER DATABASE %1 RESET default_transaction_read_only").arg(db));
        resetSandboxTarget();
        Language::install(*qApp, QStringLiteral("en"));
    }

    // A stop-write run that keeps the writes held, through every page, in Chinese.
    void everyPageOfARun()
    {
        m_wizard = openWizard();
        QVERIFY(m_wizard);
        MigrationWizard &w = *m_wizard;
        QVERIFY2(w.windowTitle().contains(QStringLiteral("迁移")), qPrintable(w.windowTitle()));
        w.setDemoEnvironment(Sandbox::instance().dir() + QStringLiteral("/env"));
        QCOMPARE(w.currentId(), int(MigrationWizard::Start));
        walk(w, QStringLiteral("Start (first time)"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Hosts));
        w.hostsPage()->sourceForm()->testConnection();
        w.hostsPage()->targetForm()->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), kStepTimeout);
        walk(w, QStringLiteral("Hosts"));
        screenshot(&w, QStringLiteral("hosts"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Databases));
        w.databasesPage()->select({QStringLiteral("account"), QStringLiteral("knowledge_db")});
        QTRY_VERIFY_WITH_TIMEOUT(w.databasesPage()->tableSizes()->rowCount() > 0, kStepTimeout);
        // The names the Databases page lists are the source's own.
        for (const DatabaseInfo &d : w.state().sourceProbe.databases)
            m_finder.addName(d.name);
        for (int r = 0; r < w.databasesPage()->tableSizes()->rowCount(); ++r) // its tables, schema.name
            m_finder.addName(w.databasesPage()->tableSizes()->item(r, 0)->text());
        walk(w, QStringLiteral("Databases"));
        screenshot(&w, QStringLiteral("databases"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Mode));
        ModePage *mode = w.modePage();
        mode->chooseMode(int(PlanOptions::Mode::BackupOnly));
        walk(w, QStringLiteral("Mode (backup only)"));
        mode->chooseMode(int(PlanOptions::Mode::StopWrite));
        mode->holdWrites()->setChecked(false);
        walk(w, QStringLiteral("Mode (stop-write, you stop the writes)"));
        mode->holdWrites()->setChecked(true);
        walk(w, QStringLiteral("Mode (stop-write, pgcrossing holds the writes)"));
        screenshot(&w, QStringLiteral("mode-stop-write"));
        mode->holdWrites()->setChecked(false);
        mode->chooseMode(int(PlanOptions::Mode::Copy));
        mode->ownChecks()->setPlainText(QStringLiteral("account:users = SELECT count(*) AS n FROM users"));
        walk(w, QStringLiteral("Mode (copy)"));
        screenshot(&w, QStringLiteral("mode"));
        // The run: stop-write, pgcrossing holding the writes (left held, for the Report page's Revert now).
        mode->chooseMode(int(PlanOptions::Mode::StopWrite));
        mode->holdWrites()->setChecked(true);
        QVERIFY(mode->isComplete());

        // The target already holds knowledge_db: a failed blocker, its remedy in the row and below.
        QTreeWidgetItem *blocker = WizardDriver::toTakenNameBlocker(w);
        QVERIFY(blocker);
        PreflightPage *pre = w.preflightPage();
        QCOMPARE(blocker->text(PreflightPage::StatusCol), QStringLiteral("失败"));
        QCOMPARE(pre->checklist()->currentItem(), blocker);
        QVERIFY(!blocker->text(PreflightPage::RemedyCol).isEmpty());
        QVERIFY(pre->detail()->isVisible());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        walk(w, QStringLiteral("Preflight (blocker)"));
        screenshot(&w, QStringLiteral("preflight-blocker"));
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE knowledge_db"), &ok);
        QVERIFY(ok);
        pre->runAgain();
        QTRY_VERIFY_WITH_TIMEOUT(!pre->isRunning() && pre->checkCount() > 0, kStepTimeout);
        if (pre->acknowledge()->isVisibleTo(pre))
            pre->acknowledge()->setChecked(true);
        pre->confirmation()->setChecked(true);
        QVERIFY(pre->isComplete());
        walk(w, QStringLiteral("Preflight"));
        screenshot(&w, QStringLiteral("preflight"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Execute));
        ExecutePage *exec = w.executePage();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        QCOMPARE(*exec->outcome(), SessionOutcome::SucceededWithWarnings); // the writes are still held
        collectNames(w.state().session->record());
        walk(w, QStringLiteral("Execute"));
        checkLog(QStringLiteral("Execute (log)"), exec);
        screenshot(&w, QStringLiteral("execute"));

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Verify));
        // Differences on the target: a row gone, a table and an index only there.
        QVERIFY(plantTargetDifferences());
        VerifyPage *verify = w.verifyPage();
        QVERIFY(WizardDriver::verifyAgain(w));
        collectNames(w.state().session->record());
        QVERIFY(verify->countOf(VerifyPage::Show::Different, false) >= 1);
        verify->tabs()->setCurrentIndex(0);
        walk(w, QStringLiteral("Verify (tables)"));
        screenshot(&w, QStringLiteral("verify"));
        verify->tabs()->setCurrentIndex(1);
        QTRY_VERIFY(verify->inventory()->isVisible());
        walk(w, QStringLiteral("Verify (inventory)"));
        screenshot(&w, QStringLiteral("verify-inventory"));
        // The check of the user's own, selected: both answers side by side, in Chinese around them.
        bool ownCheck = false;
        for (int r = 0; r < verify->inventory()->rowCount() && !ownCheck; ++r)
            if (verify->inventory()->item(r, 2)->text() == QStringLiteral("users") && !verify->inventory()->isRowHidden(r)) {
                ownCheck = true;
                verify->inventory()->selectRow(r);
            }
        QVERIFY(ownCheck);
        QVERIFY2(verify->inventoryDetails()->toPlainText().contains(QStringLiteral("源端")), qPrintable(verify->inventoryDetails()->toPlainText()));
        walk(w, QStringLiteral("Verify (your check)"));
        screenshot(&w, QStringLiteral("verify-own-check"));

        // Back on the Execute page, the end state is the one Verify again found: Failed.
        w.back();
        QCOMPARE(w.currentId(), int(MigrationWizard::Execute));
        saysFailed(QStringLiteral("Execute page"), shownText(exec));
        walk(w, QStringLiteral("Execute (after Verify again)"));
        screenshot(&w, QStringLiteral("execute-after-verify-again"));

        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Report));
        ReportPage *report = w.reportPage();
        saysFailed(QStringLiteral("Report page"), plainLabelText(report->verdict()));
        // The write hold, still in place: the report's section on it and Revert now.
        QVERIFY(report->revertButton()->isVisible());
        QVERIFY(report->view()->toPlainText().contains(zh("Report", "Changes made on the source")));
        walk(w, QStringLiteral("Report (writes held)"));
        screenshot(&w, QStringLiteral("report"));

        // Revert now asks first; answered Yes, the writes are released and the page says so.
        QVERIFY(walkQuestion(QStringLiteral("Revert now (question)"), QStringLiteral("revert-question"),
                             [&] { QTest::mouseClick(report->revertButton(), Qt::LeftButton); },
                             [](QMessageBox *box) { return box->objectName() == QLatin1String("revert-confirm") ? box->button(QMessageBox::Yes) : nullptr; }));
        QTRY_VERIFY_WITH_TIMEOUT(!report->isReverting() && !report->revertButton()->isVisible(), kStepTimeout);
        collectNames(w.state().session->record());
        saysFailed(QStringLiteral("Report page after Revert now"), plainLabelText(report->verdict()));
        walk(w, QStringLiteral("Report (reverted)"));
        screenshot(&w, QStringLiteral("report-reverted"));
        m_wizard.reset(); // past Run: nothing is asked
    }

    // Next time: the Start page lists the run above and offers the draft left by a setup closed unfinished;
    // the close question and the demo's reset question are read while they are open.
    void startPageWithHistoryAndDraft()
    {
        const QString env = Sandbox::instance().dir() + QStringLiteral("/env");
        {
            auto w = openWizard();
            QVERIFY(w);
            w->setDemoEnvironment(env);
            w->next();
            w->hostsPage()->sourceForm()->testConnection();
            w->hostsPage()->targetForm()->testConnection();
            QTRY_VERIFY_WITH_TIMEOUT(w->hostsPage()->isComplete(), kStepTimeout);
            w->next();
            w->databasesPage()->select({QStringLiteral("knowledge_db")});
            w->next();
            QCOMPARE(w->currentId(), int(MigrationWizard::Mode));
            const QString keep = zh("pgcrossing::MigrationWizard", "Keep as draft and close");
            bool closed = false;
            QVERIFY(walkQuestion(QStringLiteral("Close (question)"), QStringLiteral("close-question"), [&] { closed = w->close(); },
                                 [&keep](QMessageBox *box) -> QAbstractButton * {
                                     for (QAbstractButton *b : box->buttons())
                                         if (b->text() == keep)
                                             return b;
                                     return nullptr;
                                 }));
            QVERIFY(closed);
        }
        m_wizard = openWizard();
        QVERIFY(m_wizard);
        MigrationWizard &w = *m_wizard;
        w.setDemoEnvironment(env);
        QVERIFY(w.startPage()->draftChoice()->isVisibleTo(w.startPage()));
        QVERIFY(w.startPage()->history()->topLevelItemCount() > 0);
        // The history's dates in the Chinese form (2026/12/1), not "1 Dec 2026".
        const QString started = w.startPage()->history()->topLevelItem(0)->text(0);
        QVERIFY2(started.contains(QRegularExpression(QStringLiteral("^\\d{4}/\\d{1,2}/\\d{1,2}"))), qPrintable(started));
        walk(w, QStringLiteral("Start (history and draft)"));
        screenshot(&w, QStringLiteral("start"));

        // Reset the demo asks first; Cancel leaves the demo as it is.
        QPushButton *reset = w.startPage()->resetDemoButton();
        QVERIFY(reset->isEnabled());
        QVERIFY(walkQuestion(QStringLiteral("Reset the demo (question)"), QStringLiteral("reset-demo-question"),
                             [&] { QTest::mouseClick(reset, Qt::LeftButton); },
                             [](QMessageBox *box) { return box->objectName() == QLatin1String("resetDemoQuestion") ? box->button(QMessageBox::Cancel) : nullptr; }));
        QVERIFY(w.startPage()->isEnabled()); // nothing was reset
        m_wizard.reset();
    }

    void noEnglishFound()
    {
        // The finder itself: a data name hides itself whole, never its words elsewhere; the servers' words
        // pass only where they are shown as facts.
        const QString hostileTable = QStringLiteral("public.order items d'été \"ü\"");
        QCOMPARE(m_finder.englishWords(QStringLiteral("表 %1 不一致").arg(hostileTable)), QStringList());
        QCOMPARE(m_finder.englishWords(QStringLiteral("共 3 order items")), (QStringList{QStringLiteral("order"), QStringLiteral("items")}));
        QVERIFY(!m_facts.isEmpty());
        QVERIFY(m_finder.englishWords(m_facts.first()).contains(QStringLiteral("compiled")));
        QCOMPARE(m_finder.englishWords(m_facts.first(), m_facts), QStringList());
        QCOMPARE(m_finder.englishWords(QStringLiteral("运行 pgcrossing-cli revert --session。")), QStringList());
        QCOMPARE(m_finder.englishWords(QStringLiteral("点击 revert")), QStringList{QStringLiteral("revert")});

        QVERIFY2(m_pagesWalked.size() >= 20, qPrintable(m_pagesWalked.join(QStringLiteral(", "))));
        report();
    }
};

QTEST_MAIN(TstTranslatedUi)
#include "tst_translated_ui.moc"

// Issue 10, "every word a Chinese user sees comes from the translations": with the interface in Simplified
// Chinese, the wizard is walked on the sandbox's real servers — Start (with a history row and a draft
// offered), Hosts after Test connection, Databases, Mode in each mode, Preflight with its checklist,
// Execute after a copy, Verify (Tables and Inventory, with differences planted on the target and Verify
// again), Report — and on each page every visible text of the widget tree is read: labels, buttons, group
// titles, tab texts, every header and cell of the trees and tables, combo box items, placeholders, the
// window and page titles, the tooltips of the widgets and of every header and cell, the Report page's
// document, and our own words in the Execute page's log (each command's purpose, the steps' lines). Any
// English word there fails the test, naming the page, the widget and the text, unless it is
//   - a product or tool name, a unit or an acronym (kAllowed below, short and explained), or
//   - a name that comes from the data: the databases, schemas, tables, keys, inventory items, hosts and
//     users of this session (collected from its record and the sandbox), or anything that reads as an
//     identifier, a path, SQL or a command line (has _ . / = : @ or digits in it, is all capitals like a
//     SQL keyword, is quoted in `…` or "…", is set in <tt>/<code>, or in the report's monospace code), or
//   - in the log view, whose lines are otherwise the tools' own output and the command lines as they ran
//     (excluded; a purpose that is a statement's first words, as PgClient writes it, is SQL), or in the
//     report's appendix of commands (command lines as they ran).
// Saves zh-<page>.png of every page at 1024×700 when PGX_SCREENSHOT_DIR is set.
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
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimer>
#include <QTreeWidget>
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

// One visible text, where it was seen.
struct Seen {
    QString page, widget, text;
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

// Answers the close question with the button whose (translated) text is `text`.
void answerCloseQuestion(QObject *context, const QString &text, bool *asked)
{
    QTimer::singleShot(0, context, [text, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *b : box->buttons())
            if (b->text() == text) {
                *asked = true;
                b->click();
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
    });
}

// The English words of texts, and where they were seen.
class EnglishFinder {
public:
    QSet<QString> names; // words and names from the data (lower case)

    void addName(const QString &name)
    {
        if (name.isEmpty())
            return;
        names.insert(name.toLower());
        static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z]+"));
        for (const QString &w : name.split(nonWord, Qt::SkipEmptyParts))
            names.insert(w.toLower());
    }

    // The English words of one text ("" when there is none).
    QStringList englishWords(QString text) const
    {
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
            if (names.contains(chunk.toLower()))
                continue;
            for (auto it = letters.globalMatch(chunk); it.hasNext();) {
                const QString word = it.next().captured();
                if (word.size() >= 2 && word == word.toUpper())
                    continue; // SQL keywords and acronyms: REINDEX, ANALYZE, SSH, WAL, UTC
                if (kAllowed.contains(word, Qt::CaseInsensitive) || names.contains(word.toLower()))
                    continue;
                out << word;
            }
        }
        return out;
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
    QList<Seen> m_seen; // judged at the end, once the session's names are all known
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

    void check(const QString &page, const QObject *where, const QString &what, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_seen << Seen{page, describe(where) + QStringLiteral(" ") + what, text};
    }

    void checkModel(const QString &page, const QAbstractItemView *view)
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
                    check(page, view, QStringLiteral("cell %1,%2").arg(r).arg(c), i.data(Qt::DisplayRole).toString());
                    check(page, view, QStringLiteral("cell %1,%2 tooltip").arg(r).arg(c), i.data(Qt::ToolTipRole).toString());
                    if (c == 0 && model->hasChildren(i))
                        walk(i);
                }
        };
        walk(QModelIndex());
    }

    // The report as it reads, without its code blocks and inline code (monospace) and without the
    // appendix of commands.
    void checkReport(const QString &page, const QTextBrowser *browser)
    {
        const QString appendix = zh("Report", "Appendix: commands");
        QString text;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text().trimmed() == appendix)
                break;
            if (b.blockFormat().nonBreakableLines())
                continue;
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QTextCharFormat cf = f.charFormat();
                const QString families = cf.fontFamilies().toStringList().join(QLatin1Char(' '));
                if (cf.fontFixedPitch() || families.contains(QStringLiteral("Mono"), Qt::CaseInsensitive))
                    continue;
                text += f.text();
            }
            text += QLatin1Char('\n');
        }
        QVERIFY2(!text.contains(QStringLiteral("Appendix")), "the report's appendix heading is not translated");
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            check(page, browser, QStringLiteral("document"), line);
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
        const QWidget *logView = w.executePage()->logView();
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            if (widget == logView || logView->isAncestorOf(widget))
                continue; // the tools' own output; our words in it are read by checkLog()
            check(page, widget, QStringLiteral("tooltip"), widget->toolTip());
            if (auto *label = qobject_cast<QLabel *>(widget))
                check(page, label, QStringLiteral("text"), plainLabelText(label));
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
                    checkModel(page, view);
            }
            if (auto *group = qobject_cast<QGroupBox *>(widget))
                check(page, group, QStringLiteral("title"), withoutAccelerator(group->title()));
        }
    }

    // The names this session's data brings: databases, schemas, tables, keys, inventory items, endpoints.
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
            for (const QString &k : t.keyColumns)
                m_finder.addName(k);
            for (const DifferingKey &k : t.differingKeys)
                m_finder.addName(k.key);
        }
        // What the servers and tools say of themselves (versions, builds, settings), as they print it.
        std::function<void(const QJsonValue &)> facts = [&](const QJsonValue &v) {
            if (v.isString())
                m_finder.addName(v.toString());
            else if (v.isObject())
                for (const QJsonValue &x : v.toObject())
                    facts(x);
            else if (v.isArray())
                for (const QJsonValue &x : v.toArray())
                    facts(x);
        };
        facts(r.environment);
        // The catalog's own words: object names and their definitions as the servers print them.
        for (const InventoryRow &i : r.verification.inventory) {
            m_finder.addName(i.key);
            m_finder.addName(i.source.value_or(QString()));
            m_finder.addName(i.target.value_or(QString()));
        }
    }

    void report()
    {
        QStringList lines;
        for (const Seen &s : std::as_const(m_seen)) {
            const QStringList words = m_finder.englishWords(s.text);
            if (!words.isEmpty())
                lines << QStringLiteral("%1 · %2: [%3] %4").arg(s.page, s.widget, words.join(QStringLiteral(", ")), s.text.simplified().left(300));
        }
        lines.removeDuplicates();
        for (const QString &line : std::as_const(lines))
            qWarning().noquote() << line;
        QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("English on the Chinese screens (%1):\n").arg(lines.size()) +
                                              lines.join(QLatin1Char('\n'))));
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
        QVERIFY(resetSandboxTarget());
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        resetSandboxTarget();
        Language::install(*qApp, QStringLiteral("en"));
    }

    // A copy through every page, in Chinese.
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

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Preflight));
        PreflightPage *pre = w.preflightPage();
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
        QVERIFY2(isSuccess(*exec->outcome()), qPrintable(codeOf(*exec->outcome())));
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

        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Report));
        walk(w, QStringLiteral("Report"));
        screenshot(&w, QStringLiteral("report"));
        m_wizard.reset(); // past Run: nothing is asked
    }

    // Next time: the Start page lists the run above and offers the draft left by a setup closed unfinished.
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
            bool asked = false;
            answerCloseQuestion(w.get(), zh("pgcrossing::MigrationWizard", "Keep as draft and close"), &asked);
            QVERIFY(w->close());
            QVERIFY(asked);
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
        m_wizard.reset();
    }

    void noEnglishFound()
    {
        QVERIFY(m_pagesWalked.size() >= 13);
        report();
    }
};

QTEST_MAIN(TstTranslatedUi)
#include "tst_translated_ui.moc"

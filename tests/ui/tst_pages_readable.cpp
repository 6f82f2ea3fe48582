// Issue 10, "Pages that do not read at a glance": the demo driven against the sandbox up to the Preflight,
// Mode and Verify pages at 1024×700, asserting what a user reads there. Preflight: each status a word,
// checks grouped under the source and the target, Copy remedy only where there is a remedy, every word of
// a long cell visible. Mode: stop-write without hold says who stops the writes; one step a line. Verify
// (after a difference is planted on the target): the inventory's status column in view and named, words
// instead of codes and versions as 15.18, fingerprints as short hex with the full value on hover, a
// differing row count marked, and the four filters filtering. Hosts, over SSH into the containers: no scrolling,
// the container's name whole. Saves screenshots when PGX_SCREENSHOT_DIR is set.
#include "CliRun.h"
#include "DatabasesPage.h"
#include "EndpointForm.h"
#include "ExecutePage.h"
#include "HostsPage.h"
#include "MigrationWizard.h"
#include "ModePage.h"
#include "PreflightPage.h"
#include "Sandbox.h"
#include "StatusIcon.h"
#include "VerifyPage.h"
#include "WizardDriver.h"
#include "model/ServerVersion.h"
#include "model/SessionOutcome.h"
#include "model/SessionRecord.h"
#include "report/ReportBuilder.h"
#include "session/MigrationSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTreeWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextTable>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
using WizardDriver::kRunTimeout;
using WizardDriver::kStepTimeout;
using WizardDriver::screenshot;
const QSize kDefaultSize(1024, 700);

// The height a cell's text needs when wrapped at the width its column gives it.
int wrappedHeight(const QTreeWidget *tree, const QTreeWidgetItem *item, int column)
{
    int width = tree->header()->sectionSize(column);
    if (tree->header()->visualIndex(column) == 0)
        width -= tree->indentation() * 2; // a check sits one level under its group
    const QFontMetrics fm(item->font(column));
    // The style's margins take a few pixels of the width on each side.
    return fm.boundingRect(QRect(0, 0, width - 12, 100000), Qt::TextWordWrap, item->text(column)).height();
}

int visibleRows(const QTableWidget *t)
{
    int n = 0;
    for (int r = 0; r < t->rowCount(); ++r)
        n += t->isRowHidden(r) ? 0 : 1;
    return n;
}
} // namespace

class TstPagesReadable : public QObject {
    Q_OBJECT

    QTemporaryDir m_sessions;
    std::unique_ptr<MigrationWizard> m_wizard;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(m_sessions.isValid());
        QVERIFY(resetSandboxTarget());
        m_wizard = WizardDriver::open(m_sessions.path(), kDefaultSize);
        QVERIFY(m_wizard);
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        resetSandboxTarget();
    }

    // Stop-write without "hold writes": the page says the user stops the writes and pgcrossing checks for
    // writers; the plan's steps are a numbered list, one a line.
    void modeSaysWhoStopsWrites()
    {
        MigrationWizard &w = *m_wizard;
        QVERIFY(WizardDriver::toMode(w, {QStringLiteral("account"), QStringLiteral("knowledge_db")}));
        ModePage *mode = w.modePage();
        mode->chooseMode(int(PlanOptions::Mode::StopWrite));
        mode->holdWrites()->setChecked(false);
        const QString html = mode->summary()->text();
        QTextDocument doc;
        doc.setHtml(html);
        const QString plain = doc.toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("You stop the writes")) && plain.contains(QStringLiteral("stop the applications")),
                 qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("checks that no session is writing")), qPrintable(plain));
        QVERIFY2(!plain.contains(QStringLiteral("only read, never changed.")) || plain.contains(QStringLiteral("yourself")),
                 qPrintable(plain));

        // One step a line: every step of the plan is its own item of a numbered list, and no line holds two.
        const Plan plan = MigrationSession::plan(w.state().options, QDir::tempPath());
        QStringList items;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            if (QTextList *list = b.textList()) {
                QCOMPARE(list->format().style(), QTextListFormat::ListDecimal);
                items << b.text();
            }
        QCOMPARE(items.size(), int(plan.steps.size()));
        for (int i = 0; i < items.size(); ++i) {
            QVERIFY2(items[i].startsWith(plan.steps[i]->title()), qPrintable(items[i]));
            QVERIFY2(!items[i].contains(QLatin1Char(';')), qPrintable(items[i]));
        }
        // The list is in view at the default size (the page scrolls it rather than cutting it).
        QVERIFY(mode->summary()->isVisible());

        // A check of the DBA's own: a line that is not NAME = SQL is said under the box and holds the page; a
        // good one goes into the plan (and is compared after the copy, see verifyReadsAtAGlance).
        mode->ownChecks()->setPlainText(QStringLiteral("users count without sql"));
        QVERIFY(!mode->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(mode->ownChecksError()->isVisible());
        QVERIFY2(mode->ownChecksError()->text().startsWith(QStringLiteral("line 1: ")), qPrintable(mode->ownChecksError()->text()));
        mode->ownChecks()->setPlainText(QStringLiteral("account:users = SELECT count(*) AS n FROM users"));
        QVERIFY(mode->isComplete());
        QVERIFY(!mode->ownChecksError()->isVisible());
        QCOMPARE(w.state().options.verifyQueries.size(), 1);
        QCOMPARE(w.state().options.verifyQueries[0].database, QStringLiteral("account"));
        QCOMPARE(w.state().options.verifyQueries[0].name, QStringLiteral("users"));
        screenshot(&w, QStringLiteral("pages-mode-stop-write"));
    }

    void preflightReadsAtAGlance()
    {
        MigrationWizard &w = *m_wizard;
        // The target already holds knowledge_db: a failed blocker, with a remedy to copy.
        QTreeWidgetItem *blocker = WizardDriver::toTakenNameBlocker(w);
        QVERIFY(blocker);
        PreflightPage *pre = w.preflightPage();
        QTreeWidget *tree = pre->checklist();
        QCOMPARE(blocker->text(PreflightPage::StatusCol), QStringLiteral("Failed"));
        // Under the target, in the row of the database it is about, which is open and says so; the server's row counts it.
        QTreeWidgetItem *knowledge = pre->databaseItem(QStringLiteral("target"), QStringLiteral("knowledge_db"));
        QVERIFY(knowledge);
        QCOMPARE(blocker->parent(), knowledge);
        QCOMPARE(knowledge->parent(), pre->groupItem(QStringLiteral("target")));
        QVERIFY(knowledge->isExpanded());
        QVERIFY2(knowledge->text(0).startsWith(QStringLiteral("Database knowledge_db · ")) && knowledge->text(0).contains(QStringLiteral("1 failed")),
                 qPrintable(knowledge->text(0)));
        QVERIFY2(pre->groupItem(QStringLiteral("target"))->text(0).contains(QStringLiteral("1 failed")),
                 qPrintable(pre->groupItem(QStringLiteral("target"))->text(0)));
        // A database whose checks all passed is folded, and says how many passed.
        QTreeWidgetItem *account = pre->databaseItem(QStringLiteral("target"), QStringLiteral("account"));
        QVERIFY(account);
        QVERIFY(!account->isExpanded());
        QVERIFY2(account->text(0).contains(QStringLiteral("passed")) && !account->text(0).contains(QStringLiteral("failed")),
                 qPrintable(account->text(0)));
        QVERIFY(!blocker->text(PreflightPage::RemedyCol).isEmpty());
        QCOMPARE(tree->currentItem(), blocker); // the first problem is selected, in view and shown whole
        QTRY_VERIFY2(tree->viewport()->rect().contains(tree->visualItemRect(blocker)),
                     qPrintable(QStringLiteral("row at %1+%2, viewport %3").arg(tree->visualItemRect(blocker).y()).arg(tree->visualItemRect(blocker).height()).arg(tree->viewport()->height())));
        QVERIFY(pre->detail()->text().contains(blocker->text(PreflightPage::FoundCol).toHtmlEscaped()));
        QVERIFY(pre->copyRemedy()->isEnabled());
        QTest::mouseClick(pre->copyRemedy(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), blocker->text(PreflightPage::RemedyCol));
        screenshot(&w, QStringLiteral("pages-preflight-blocker"));
        bool ok = false;
        sandboxSql(QStringLiteral("dst"), QStringLiteral("postgres"), QStringLiteral("DROP DATABASE knowledge_db"), &ok);
        QVERIFY(ok);
        pre->runAgain();
        QTRY_VERIFY_WITH_TIMEOUT(!pre->isRunning() && pre->checkCount() > 0, kStepTimeout);
        QVERIFY2(!pre->summary()->text().contains(QStringLiteral("blocker")), qPrintable(pre->summary()->text()));

        // Each status cell holds a word, and its icon.
        const QStringList words{QStringLiteral("Passed"), QStringLiteral("Warning"), QStringLiteral("Failed"), QStringLiteral("Error"),
                                QStringLiteral("Skipped")};
        QCOMPARE(tree->headerItem()->text(PreflightPage::StatusCol), QStringLiteral("Status"));
        for (int i = 0; i < pre->checkCount(); ++i) {
            QTreeWidgetItem *item = pre->checkItem(i);
            QVERIFY2(words.contains(item->text(PreflightPage::StatusCol)), qPrintable(item->text(PreflightPage::StatusCol)));
            QVERIFY(!item->icon(PreflightPage::StatusCol).pixmap(16).isNull());
        }

        // Grouped by server and database: the source's checks under "Source — …", the target's under
        // "Target — …", a check about one database under that database's row.
        QTreeWidgetItem *source = pre->groupItem(QStringLiteral("source"));
        QTreeWidgetItem *target = pre->groupItem(QStringLiteral("target"));
        QVERIFY(source && target);
        QVERIFY2(source->text(0).startsWith(QStringLiteral("Source — ")), qPrintable(source->text(0)));
        QVERIFY2(target->text(0).startsWith(QStringLiteral("Target — ")), qPrintable(target->text(0)));
        QVERIFY(source->childCount() > 0 && target->childCount() > 0);
        int aboutOneDatabase = 0;
        for (int i = 0; i < pre->checkCount(); ++i) {
            QTreeWidgetItem *item = pre->checkItem(i);
            QVERIFY(item->parent());
            const QString id = item->data(0, Qt::UserRole).toString();
            const QString db = item->data(0, PreflightPage::DatabaseRole).toString();
            QTreeWidgetItem *server = id.startsWith(QLatin1String("source.")) ? source : id.startsWith(QLatin1String("target.")) ? target : nullptr;
            if (!server)
                continue;
            QCOMPARE(item->parent(), db.isEmpty() ? server : pre->databaseItem(server == source ? QStringLiteral("source") : QStringLiteral("target"), db));
            aboutOneDatabase += !db.isEmpty();
        }
        QVERIFY(aboutOneDatabase > 0);
        // The server's own rows come before its databases' rows.
        QVERIFY(source->child(0)->data(0, PreflightPage::DatabaseRole).toString().isEmpty());
        QVERIFY(!source->child(source->childCount() - 1)->data(0, PreflightPage::DatabaseRole).toString().isEmpty());

        // Copy remedy: disabled on a row with nothing to copy, and on a group row.
        QTreeWidgetItem *noRemedy = nullptr, *withRemedy = nullptr;
        for (int i = 0; i < pre->checkCount(); ++i) {
            QTreeWidgetItem *item = pre->checkItem(i);
            (item->text(PreflightPage::RemedyCol).isEmpty() ? noRemedy : withRemedy) = item;
        }
        QVERIFY(noRemedy);
        tree->setCurrentItem(noRemedy);
        QVERIFY(!pre->copyRemedy()->isEnabled());
        if (withRemedy) {
            tree->setCurrentItem(withRemedy);
            QVERIFY(pre->copyRemedy()->isEnabled());
        }
        tree->setCurrentItem(source);
        QVERIFY(!pre->copyRemedy()->isEnabled());

        // The longest text of the checklist is read whole: its row is as tall as the text wrapped in its
        // column, and the selected row's detail below shows it in full.
        QTreeWidgetItem *longest = nullptr;
        int longestColumn = -1;
        for (int i = 0; i < pre->checkCount(); ++i)
            for (int c : {int(PreflightPage::CheckCol), int(PreflightPage::FoundCol), int(PreflightPage::ExpectedCol)})
                if (!longest || pre->checkItem(i)->text(c).size() > longest->text(longestColumn).size()) {
                    longest = pre->checkItem(i);
                    longestColumn = c;
                }
        QVERIFY(longest);
        const QString text = longest->text(longestColumn);
        const QFontMetrics fm(longest->font(longestColumn));
        QVERIFY2(fm.horizontalAdvance(text) > tree->header()->sectionSize(longestColumn),
                 qPrintable(QStringLiteral("the longest text fits one line: %1").arg(text)));
        tree->scrollToItem(longest);
        QTRY_VERIFY(tree->visualItemRect(longest).height() >= wrappedHeight(tree, longest, longestColumn));
        tree->setCurrentItem(longest);
        QVERIFY(pre->detail()->isVisible());
        QTextDocument detail;
        detail.setHtml(pre->detail()->text());
        QVERIFY2(detail.toPlainText().simplified().contains(text.simplified()), qPrintable(detail.toPlainText()));
        screenshot(&w, QStringLiteral("pages-preflight"));
    }

    void verifyReadsAtAGlance()
    {
        MigrationWizard &w = *m_wizard;
        PreflightPage *pre = w.preflightPage();
        if (pre->acknowledge()->isVisibleTo(pre))
            pre->acknowledge()->setChecked(true);
        pre->confirmation()->setChecked(true);
        QVERIFY(pre->isComplete());
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Execute));
        ExecutePage *exec = w.executePage();
        QTRY_VERIFY_WITH_TIMEOUT(exec->outcome().has_value(), kRunTimeout);
        QVERIFY2(isSuccess(*exec->outcome()), qPrintable(codeOf(*exec->outcome())));
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Verify));

        // Plant differences on the target: a row gone (the counts differ), a table and an index only there.
        QVERIFY(plantTargetDifferences());
        VerifyPage *verify = w.verifyPage();
        QVERIFY(WizardDriver::verifyAgain(w));
        const Verification shown = w.state().session->record().verification;
        QTableWidget *tables = verify->tables();
        QTableWidget *inventory = verify->inventory();

        // A differing row count: marked and coloured, on the table that lost a row only.
        const int users = verify->rowOf(QStringLiteral("account"), QStringLiteral("public"), QStringLiteral("users"));
        QVERIFY(users >= 0);
        QTableWidgetItem *srcRows = tables->item(users, 3), *dstRows = tables->item(users, 4);
        QVERIFY2(dstRows->text().startsWith(QStringLiteral("≠")) && dstRows->text().contains(QStringLiteral("−1")),
                 qPrintable(dstRows->text()));
        QVERIFY(srcRows->font().bold() && dstRows->font().bold());
        QVERIFY(dstRows->background().color() != tables->item(users, 7)->background().color());
        QCOMPARE(tables->item(users, 7)->text(), QStringLiteral("Different"));
        for (int r = 0; r < tables->rowCount(); ++r)
            if (r != users)
                QVERIFY2(!tables->item(r, 4)->text().contains(QStringLiteral("≠")), qPrintable(tables->item(r, 2)->text()));

        // Fingerprints: short hex, the full value on hover.
        const QRegularExpression hex(QStringLiteral("^[0-9a-f]{12}$"));
        for (int r = 0; r < tables->rowCount(); ++r) {
            const TableDiff &t = shown.tables[tables->item(r, 0)->data(Qt::UserRole).toInt()];
            for (auto [col, full] : {std::pair{5, t.sourceHash}, std::pair{6, t.targetHash}}) {
                if (full.isEmpty())
                    continue;
                QVERIFY2(hex.match(tables->item(r, col)->text()).hasMatch(), qPrintable(tables->item(r, col)->text()));
                QVERIFY2(tables->item(r, col)->toolTip().contains(full), qPrintable(tables->item(r, col)->toolTip()));
            }
        }

        // Words, never codes or server_version_num.
        QStringList codes{QStringLiteral("index"), QStringLiteral("table"), QStringLiteral("constraint"), QStringLiteral("sequence"),
                          QStringLiteral("view"), QStringLiteral("function"), QStringLiteral("trigger"), QStringLiteral("size"),
                          QStringLiteral("extension"), QStringLiteral("text search config")};
        for (TableStatus s : valuesOf<TableStatus>())
            codes << codeOf(s);
        for (InventoryStatus s : valuesOf<InventoryStatus>())
            codes << codeOf(s);
        const QJsonObject env = w.state().session->record().environment;
        const int versionNum = env.value(QStringLiteral("source")).toObject().value(QStringLiteral("serverVersionNum")).toInt();
        QVERIFY(versionNum >= 100000);
        const QString rawVersion = QString::number(versionNum);
        for (QTableWidget *t : {tables, inventory})
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c) {
                    const QString text = t->item(r, c)->text();
                    QVERIFY2(!codes.contains(text), qPrintable(QStringLiteral("a code shown: ") + text));
                    QVERIFY2(!text.contains(rawVersion), qPrintable(text));
                }
        QVERIFY2(verify->summary()->text().contains(QStringLiteral("PostgreSQL %1").arg(serverVersionText(versionNum))),
                 qPrintable(verify->summary()->text()));
        QVERIFY(!verify->summary()->text().contains(rawVersion));
        // A size reads as bytes a human counts.
        bool sawSize = false;
        for (int r = 0; r < inventory->rowCount(); ++r)
            if (inventory->item(r, 1)->text() == QStringLiteral("Database size")) {
                sawSize = true;
                QVERIFY2(inventory->item(r, 3)->text().contains(QRegularExpression(QStringLiteral("^[0-9.]+ (KiB|MiB|GiB)$"))),
                         qPrintable(inventory->item(r, 3)->text()));
            }
        QVERIFY(sawSize);

        screenshot(&w, QStringLiteral("pages-verify-tables"));

        // The filters: each alone shows exactly its rows, and says how many.
        const QList<VerifyPage::Show> all{VerifyPage::Show::Identical, VerifyPage::Show::Different, VerifyPage::Show::SourceOnly,
                                          VerifyPage::Show::TargetOnly};
        QCOMPARE(verify->countOf(VerifyPage::Show::Different, false), 1);
        QCOMPARE(verify->countOf(VerifyPage::Show::TargetOnly, false), 1);
        QVERIFY(verify->countOf(VerifyPage::Show::TargetOnly, true) >= 1);
        QCOMPARE(verify->filter(VerifyPage::Show::Different)->text(), QStringLiteral("Different (1)"));
        // A table only on the target looks like the differing one — the same icon and colour, the ✗ the
        // report gives it (ReportBuilder::statusTone) — never like a warning.
        {
            const auto image = [](const QIcon &icon) { return icon.pixmap(16, 16).toImage(); };
            int targetOnly = -1, differs = -1;
            for (int r = 0; r < tables->rowCount(); ++r) {
                if (tables->item(r, 7)->text() == wordOf(TableStatus::ExtraOnTarget))
                    targetOnly = r;
                if (tables->item(r, 7)->text() == wordOf(TableStatus::Differs))
                    differs = r;
            }
            QVERIFY(targetOnly >= 0 && differs >= 0);
            QCOMPARE(image(tables->item(targetOnly, 7)->icon()), image(tables->item(differs, 7)->icon()));
            QVERIFY(image(tables->item(targetOnly, 7)->icon()) != image(StatusIcon::forTone(ReportTone::Warning)));
            QCOMPARE(tables->item(targetOnly, 0)->background().color(), tables->item(differs, 0)->background().color());
            QCOMPARE(ReportBuilder::statusTone(TableStatus::ExtraOnTarget), ReportTone::Bad);
        }
        for (int tab : {0, 1}) {
            verify->tabs()->setCurrentIndex(tab);
            QTableWidget *t = tab == 0 ? tables : inventory;
            for (VerifyPage::Show only : all) {
                for (VerifyPage::Show f : all)
                    verify->filter(f)->setChecked(f == only);
                const int n = verify->countOf(only, tab == 1);
                QVERIFY2(verify->filter(only)->text().endsWith(QStringLiteral("(%1)").arg(n)), qPrintable(verify->filter(only)->text()));
                int couldNotCompare = 0;
                for (int r = 0; r < t->rowCount(); ++r)
                    couldNotCompare += t->item(r, t == tables ? 7 : 5)->text() == QStringLiteral("Could not compare");
                QCOMPARE(visibleRows(t), n + couldNotCompare);
            }
            for (VerifyPage::Show f : all)
                verify->filter(f)->setChecked(true);
            QCOMPARE(visibleRows(t), t->rowCount());
        }
        verify->filter(VerifyPage::Show::Identical)->setChecked(false);
        verify->tabs()->setCurrentIndex(0);
        QTRY_COMPARE(visibleRows(tables), 2);
        screenshot(&w, QStringLiteral("pages-verify-tables-differences"));

        // The DBA's check counted the users on both sides: a row gone on the target, so it differs, both answers shown.
        bool ownCheck = false;
        for (int r = 0; r < inventory->rowCount(); ++r)
            if (inventory->item(r, 1)->text() == QStringLiteral("Your check") && inventory->item(r, 2)->text() == QStringLiteral("users")) {
                ownCheck = true;
                QCOMPARE(inventory->item(r, 5)->text(), QStringLiteral("Different"));
                const int n = sandboxSql(QStringLiteral("src"), QStringLiteral("account"), QStringLiteral("SELECT count(*) FROM users")).trimmed().toInt();
                QVERIFY2(inventory->item(r, 3)->text().contains(QString::number(n)), qPrintable(inventory->item(r, 3)->text()));
                QVERIFY2(inventory->item(r, 4)->text().contains(QString::number(n - 1)), qPrintable(inventory->item(r, 4)->text()));
                // Selected: both answers side by side below, the source's left, the target's right.
                verify->tabs()->setCurrentIndex(1);
                inventory->selectRow(r);
                QTextTable *sides = nullptr;
                for (QTextBlock b = verify->inventoryDetails()->document()->begin(); b.isValid() && !sides; b = b.next())
                    sides = QTextCursor(b).currentTable();
                QVERIFY2(sides && sides->columns() == 2 && sides->rows() == 2, qPrintable(verify->inventoryDetails()->toHtml()));
                QCOMPARE(sides->cellAt(0, 0).firstCursorPosition().block().text(), QStringLiteral("Source"));
                QCOMPARE(sides->cellAt(0, 1).firstCursorPosition().block().text(), QStringLiteral("Target"));
                auto cellText = [&](int c) {
                    QTextCursor cur = sides->cellAt(1, c).firstCursorPosition();
                    cur.setPosition(sides->cellAt(1, c).lastCursorPosition().position(), QTextCursor::KeepAnchor);
                    return cur.selectedText();
                };
                QVERIFY2(cellText(0).contains(QString::number(n)), qPrintable(cellText(0)));
                QVERIFY2(cellText(1).contains(QString::number(n - 1)) && !cellText(1).contains(QString::number(n)), qPrintable(cellText(1)));
                screenshot(&w, QStringLiteral("pages-verify-own-check"));
            }
        QVERIFY(ownCheck);

        // The inventory at the default size: every column named, the status column within the viewport.
        verify->tabs()->setCurrentIndex(1);
        verify->filter(VerifyPage::Show::Identical)->setChecked(true);
        QTRY_VERIFY(inventory->isVisible());
        QCOMPARE(w.size(), kDefaultSize);
        QHeaderView *header = inventory->horizontalHeader();
        for (int c = 0; c < inventory->columnCount(); ++c)
            QVERIFY2(!inventory->horizontalHeaderItem(c)->text().isEmpty(), qPrintable(QString::number(c)));
        QCOMPARE(inventory->horizontalHeaderItem(5)->text(), QStringLiteral("Status"));
        QTRY_VERIFY2(header->sectionViewportPosition(5) >= 0 &&
                         header->sectionViewportPosition(5) + header->sectionSize(5) <= inventory->viewport()->width(),
                     qPrintable(QStringLiteral("status column at %1+%2, viewport %3")
                                    .arg(header->sectionViewportPosition(5))
                                    .arg(header->sectionSize(5))
                                    .arg(inventory->viewport()->width())));
        screenshot(&w, QStringLiteral("pages-verify-inventory"));
        verify->filter(VerifyPage::Show::Identical)->setChecked(false);
        for (int r = 0; r < inventory->rowCount(); ++r)
            if (!inventory->isRowHidden(r) && inventory->item(r, 2)->text().contains(QStringLiteral("pgx_only_on_target_idx"))) {
                QCOMPARE(inventory->item(r, 5)->text(), QStringLiteral("Only on the target"));
                QCOMPARE(inventory->item(r, 1)->text(), QStringLiteral("Index"));
                inventory->selectRow(r);
                QVERIFY2(verify->inventoryDetails()->toPlainText().contains(QStringLiteral("CREATE INDEX pgx_only_on_target_idx")),
                         qPrintable(verify->inventoryDetails()->toPlainText()));
            }
        QVERIFY(!verify->inventoryDetails()->toPlainText().isEmpty());
        screenshot(&w, QStringLiteral("pages-verify-inventory-differences"));
    }

    // Hosts at 1024×700, both sides tested over SSH into their containers: the page fits without scrolling
    // and the container's name is read whole, not its tail (":gresql-svc-plus").
    void hostsFitAndReadWhole()
    {
        auto opened = WizardDriver::open(m_sessions.path(), kDefaultSize);
        QVERIFY(opened);
        MigrationWizard &w = *opened;
        w.setDemoEnvironment(Sandbox::instance().dir() + QStringLiteral("/env"));
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Hosts));
        HostsPage *hosts = w.hostsPage();
        const Sandbox &s = Sandbox::instance();
        for (auto [form, host, port] : {std::tuple{hosts->sourceForm(), "PGX_SRC_SSH_HOST", "PGX_SRC_PGPORT"},
                                        std::tuple{hosts->targetForm(), "PGX_DST_SSH_HOST", "PGX_DST_PGPORT"}}) {
            Endpoint e = sandboxSshEndpoint(form == hosts->sourceForm() ? QStringLiteral("source") : QStringLiteral("target"),
                                            QString::fromLatin1(host), s.intValue(QString::fromLatin1(port)));
            form->setEndpoint(e, sandboxPgSecret());
            form->testConnection();
        }
        QTRY_VERIFY_WITH_TIMEOUT(hosts->isComplete(), kStepTimeout);
        QCoreApplication::processEvents();
        auto *scroll = hosts->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY2(!scroll->verticalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("the Hosts page scrolls: %1 of %2 px").arg(scroll->viewport()->height()).arg(scroll->widget()->sizeHint().height())));
        for (EndpointForm *form : {hosts->sourceForm(), hosts->targetForm()}) {
            auto *container = form->findChild<QComboBox *>(QStringLiteral("container"));
            QVERIFY(container && container->isVisible());
            QCOMPARE(container->currentText(), s.value(QStringLiteral("PGX_CONTAINER")));
            QLineEdit *edit = container->lineEdit();
            QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->text()) < edit->width() - 6,
                     qPrintable(QStringLiteral("%1 px of text in %2 px").arg(edit->fontMetrics().horizontalAdvance(edit->text())).arg(edit->width())));
            QVERIFY(form->resultText().contains(QStringLiteral("PostgreSQL")));
        }
        screenshot(&w, QStringLiteral("pages-hosts"));
    }
};

QTEST_MAIN(TstPagesReadable)
#include "tst_pages_readable.moc"

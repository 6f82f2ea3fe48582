#include "PreflightPage.h"

#include "MigrationWizard.h"
#include "PlanSummary.h"
#include "StatusIcon.h"
#include "WrappingDelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QMap>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pgcrossing {

PreflightPage::PreflightPage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Preflight"));
    setSubTitle(tr("Read-only checks on both hosts for the choices you made. Fix every blocker, read every warning, "
                   "then confirm what will be touched and run."));
    auto *layout = new QVBoxLayout(this);
    // Grouped by where each check looks (the source, the target, this machine); every cell wraps and
    // its row grows, so every word can be read without hovering.
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColCount);
    m_list->setRootIsDecorated(true);
    m_list->setIndentation(14);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    m_list->setHeaderLabels({tr("Status"), tr("Check"), tr("Found"), tr("Expected"), tr("Remedy")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(StatusCol, 124); // "Warning" and its icon, a database row's indent included
    m_list->setColumnWidth(CheckCol, 230);
    m_list->setColumnWidth(FoundCol, 250);
    m_list->setColumnWidth(ExpectedCol, 190);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_ack = new QCheckBox(tr("I have read the warnings and want to go on"), this);
    m_again = new QPushButton(tr("Check again"), this);
    m_copy = new QPushButton(tr("Copy remedy"), this);
    m_copy->setToolTip(tr("Copy the selected check's remedy to the clipboard"));
    m_copy->setEnabled(false);
    m_fix = new QPushButton(tr("Fix this"), this);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("Let pgcrossing apply the fix-up the remedy describes when it runs, then check again"));
    m_fix->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_fix);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_again);
    // The selected check in full, its remedy selectable to copy from.
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("checkDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setVisible(false);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showCurrent(); });
    layout->addWidget(m_ack);
    // What will be touched, one step a line: scrolled within a bounded height so the checklist keeps room.
    m_plan = new QLabel(this);
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_plan->setMargin(6);
    m_plan->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *planScroll = new QScrollArea(this);
    planScroll->setWidget(m_plan);
    planScroll->setWidgetResizable(true);
    planScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    planScroll->setMaximumHeight(130);
    layout->addWidget(planScroll);
    m_confirm = new QCheckBox(tr("I have read what will be touched and want to run it"), this);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_again, &QPushButton::clicked, this, &PreflightPage::runAgain);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        WizardState &s = m_wizard->state();
        if (!item || !m_rows.contains(item) || !s.session)
            return;
        // The row names the plan option that resolves it; the fix-up itself runs only after this page's
        // confirmation, with the rest of the plan, and is recorded there.
        QJsonObject o = s.session->options().toJson();
        o[item->data(2, Qt::UserRole).toString()] = true;
        s.options = PlanOptions::fromJson(o);
        s.session->setOptions(s.options);
        showPlan();
        runAgain();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        if (item && m_rows.contains(item) && !item->text(RemedyCol).isEmpty())
            QApplication::clipboard()->setText(item->text(RemedyCol));
    });
    connect(m_ack, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(&m_watch, &QFutureWatcher<QList<CheckResult>>::finished, this, [this] {
        m_wizard->state().checks = m_watch.result();
        if (m_wizard->state().session)
            m_wizard->state().options = m_wizard->state().session->options();
        showPlan(); // with the databases resolved
        render(m_wizard->state().checks);
        m_again->setEnabled(true);
        Q_EMIT completeChanged();
        Q_EMIT checksFinished();
    });
}

void PreflightPage::discardUnusedSession()
{
    // A session this page created that only checked leaves no folder behind when the user goes back to
    // change something. Never another one (a past session reopened from the Start page keeps its folder).
    WizardState &s = m_wizard->state();
    if (s.session && s.session.get() == m_created && s.session->record().steps.isEmpty()) {
        QDir(s.session->dir()).removeRecursively();
        s.session.reset();
    }
    m_created = nullptr;
}

void PreflightPage::initializePage()
{
    discardUnusedSession();
    // Nothing from an earlier visit counts: the checks, the acknowledgement and the confirmation start over.
    m_blocked = true;
    m_needsAck = false;
    m_ack->setChecked(false);
    m_ack->setVisible(false);
    m_confirm->setChecked(false);
    WizardState &s = m_wizard->state();
    QString error;
    s.session = MigrationSession::create(s.source, s.target, s.options, s.sourceSecrets, s.targetSecrets, s.sessionsRoot, &error);
    m_created = s.session.get();
    if (!s.session) {
        m_list->clear();
        m_rows.clear();
        showCurrent();
        m_summary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    showPlan();
    runAgain();
}

void PreflightPage::cleanupPage()
{
    if (m_watch.isRunning())
        m_watch.waitForFinished();
    discardUnusedSession();
}

void PreflightPage::runAgain()
{
    WizardState &s = m_wizard->state();
    if (!s.session || m_watch.isRunning())
        return;
    m_blocked = true;
    m_ack->setChecked(false);
    m_ack->setVisible(false);
    m_needsAck = false;
    m_confirm->setChecked(false);
    m_again->setEnabled(false);
    m_list->clear();
    m_rows.clear();
    showCurrent();
    m_summary->setText(tr("Checking both hosts …"));
    Q_EMIT completeChanged();
    MigrationSession *session = s.session.get();
    m_watch.setFuture(QtConcurrent::run([session] { return session->preflight(); }));
}

QString PreflightPage::statusWord(const CheckResult &c)
{
    // The four outcomes a DBA expects kept apart (an error is a check that could not run), and Skipped.
    switch (c.status) {
    case CheckResult::Status::Passed: return tr("Passed");
    case CheckResult::Status::Skipped: return tr("Skipped");
    case CheckResult::Status::Error: return tr("Error");
    case CheckResult::Status::Failed: break;
    }
    return c.severity == CheckResult::Severity::Blocker ? tr("Failed") : tr("Warning");
}

QString PreflightPage::groupOf(const CheckResult &c)
{
    // A check's id names where it looks: "source.…", "target.…", "local.…" (this machine), "online.…".
    const QString prefix = c.id.section(QLatin1Char('.'), 0, 0);
    if (prefix == QLatin1String("source") || prefix == QLatin1String("target") || prefix == QLatin1String("local") ||
        prefix == QLatin1String("online"))
        return prefix;
    return QStringLiteral("other");
}

QTreeWidgetItem *PreflightPage::groupItem(const QString &group) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, GroupRole).toString() == group)
            return m_list->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *PreflightPage::databaseItem(const QString &group, const QString &database) const
{
    QTreeWidgetItem *parent = groupItem(group);
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->data(0, DatabaseRole).toString() == database && !m_rows.contains(parent->child(i)))
            return parent->child(i);
    return nullptr;
}

void PreflightPage::render(const QList<CheckResult> &checks)
{
    m_list->clear();
    m_rows.clear();
    const WizardState &s = m_wizard->state();
    const QMap<QString, QString> groupTitles{
        {QStringLiteral("source"), tr("Source — %1").arg(s.source.fullLabel())},
        {QStringLiteral("target"), tr("Target — %1").arg(s.target.fullLabel())},
        {QStringLiteral("local"), tr("This machine")},
        {QStringLiteral("online"), tr("Online replication (source and target)")},
        {QStringLiteral("other"), tr("Other checks")},
    };
    const QStringList order{QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("local"), QStringLiteral("online"),
                            QStringLiteral("other")};
    const auto headerRow = [](QTreeWidgetItem *item) {
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
    };
    // A header per place, and under it one per database: the server's own rows come first.
    QMap<QString, QTreeWidgetItem *> headers;  // "source", or "source/account"
    QMap<QTreeWidgetItem *, QList<int>> counts; // header → passed, warnings, blockers
    for (const QString &g : order)
        for (const CheckResult &c : checks)
            if (groupOf(c) == g && !headers.contains(g)) {
                auto *header = new QTreeWidgetItem(m_list);
                header->setData(0, GroupRole, g);
                headerRow(header);
                headers.insert(g, header);
                header->setText(0, groupTitles.value(g));
            }
    for (const CheckResult &c : checks) {
        const QString key = groupOf(c) + QLatin1Char('/') + c.database;
        if (c.database.isEmpty() || headers.contains(key))
            continue;
        auto *header = new QTreeWidgetItem; // added after the server's own rows, below
        header->setData(0, DatabaseRole, c.database);
        headerRow(header);
        headers.insert(key, header);
        header->setText(0, tr("Database %1").arg(c.database));
    }
    int blockers = 0, warnings = 0, passed = 0;
    for (const CheckResult &c : checks) {
        const bool ok = c.status == CheckResult::Status::Passed || c.status == CheckResult::Status::Skipped;
        const QString kind = ok ? QStringLiteral("passed") : c.blocks() ? QStringLiteral("blocker") : QStringLiteral("warning");
        QTreeWidgetItem *server = headers.value(groupOf(c));
        QTreeWidgetItem *parent = c.database.isEmpty() ? server : headers.value(groupOf(c) + QLatin1Char('/') + c.database);
        auto *item = new QTreeWidgetItem({statusWord(c), c.title, c.found, c.expected, ok ? QString() : c.remedy});
        parent->addChild(item);
        item->setIcon(StatusCol, StatusIcon::forStatus(c.status == CheckResult::Status::Skipped ? QStringLiteral("skipped")
                                                       : c.status == CheckResult::Status::Error && !c.blocks() ? QStringLiteral("warning")
                                                                                                              : kind));
        item->setData(0, Qt::UserRole, c.id);
        item->setData(0, DatabaseRole, c.database);
        item->setData(1, Qt::UserRole, kind);
        item->setData(2, Qt::UserRole, ok ? QString() : c.fix);
        if (kind == QLatin1String("blocker")) {
            item->setForeground(StatusCol, QColor(0xb0, 0x00, 0x20));
            item->setForeground(CheckCol, QColor(0xb0, 0x00, 0x20));
        }
        m_rows << item;
        blockers += kind == QLatin1String("blocker");
        warnings += kind == QLatin1String("warning");
        passed += kind == QLatin1String("passed");
        const int slot = kind == QLatin1String("passed") ? 0 : kind == QLatin1String("warning") ? 1 : 2;
        const auto bump = [&](QTreeWidgetItem *header) {
            QList<int> &n = counts[header];
            n.resize(3);
            ++n[slot];
        };
        bump(server);
        if (parent != server)
            bump(parent);
    }
    // The databases' rows under their server, after its own rows (a row spans only once it is in the tree).
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        if (it.key().contains(QLatin1Char('/'))) {
            headers.value(it.key().section(QLatin1Char('/'), 0, 0))->addChild(it.value());
            it.value()->setFirstColumnSpanned(true);
        }
    // Each header says at a glance how its checks went; a database whose checks all passed is folded.
    m_list->expandAll();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QList<int> &n = it.value();
        QStringList parts{tr("%n passed", nullptr, n[0])};
        if (n[1])
            parts << tr("%n warning(s)", nullptr, n[1]);
        if (n[2])
            parts << tr("%n failed", nullptr, n[2]);
        it.key()->setText(0, QStringLiteral("%1 · %2").arg(it.key()->text(0), parts.join(QStringLiteral(", "))));
        if (!it.key()->data(0, DatabaseRole).toString().isEmpty())
            it.key()->setExpanded(n[1] + n[2] > 0);
    }
    m_blocked = MigrationSession::blocked(checks) || checks.isEmpty();
    QTreeWidgetItem *first = nullptr;
    for (QTreeWidgetItem *item : std::as_const(m_rows))
        if (item->data(1, Qt::UserRole).toString() != QLatin1String("passed")) {
            first = item; // the first problem, shown in full
            break;
        }
    m_list->setCurrentItem(first);
    showCurrent();
    // In view once the rows have their wrapped heights (laid out when the events are processed).
    if (first)
        QTimer::singleShot(0, m_list, [list = m_list, first] {
            if (list->currentItem() != first)
                return;
            list->doItemsLayout();
            list->scrollToItem(first, QAbstractItemView::PositionAtCenter);
        });
    m_needsAck = warnings > 0 && !m_blocked;
    m_ack->setVisible(m_needsAck);
    if (m_blocked)
        m_summary->setText(QStringLiteral("<span style='color:#b00020'><b>%1</b></span>")
                               .arg(tr("%n blocker(s) must be fixed before anything can run; then click Check again.", nullptr,
                                       qMax(1, blockers))));
    else if (warnings)
        m_summary->setText(tr("%1 passed, %n warning(s) to read.", nullptr, warnings).arg(passed));
    else
        m_summary->setText(QStringLiteral("<span style='color:#1b7f3b'><b>%1</b></span>").arg(tr("All %n check(s) passed.", nullptr, passed)));
}

void PreflightPage::showCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    const bool check = item && m_rows.contains(item);
    m_detail->setVisible(check);
    // Copy and Fix only where there is something to copy or fix.
    m_copy->setEnabled(check && !item->text(RemedyCol).isEmpty());
    m_fix->setEnabled(check && !item->data(2, Qt::UserRole).toString().isEmpty() && !m_watch.isRunning());
    if (!check) {
        m_detail->clear();
        return;
    }
    auto html = [](const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); };
    // Which server and database the row is about, said with it (the header row may be scrolled away).
    const QString where = item->parent() && item->parent()->parent() ? item->parent()->parent()->data(0, GroupRole).toString() : QString();
    const QString db = item->data(0, DatabaseRole).toString();
    const QString about = db.isEmpty() ? QString()
                          : where == QLatin1String("target") ? tr("database %1 on the target").arg(db)
                                                             : tr("database %1 on the source").arg(db);
    QString text = QStringLiteral("<b>%1</b>%2 — %3<br>%4 %5<br>%6 %7")
                       .arg(html(item->text(CheckCol)), about.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(html(about)),
                            html(item->text(StatusCol)), tr("Found:"), html(item->text(FoundCol)), tr("Expected:"),
                            html(item->text(ExpectedCol)));
    if (!item->text(RemedyCol).isEmpty())
        text += QStringLiteral("<br>%1 %2").arg(tr("Remedy:"), html(item->text(RemedyCol)));
    m_detail->setText(text);
}

void PreflightPage::showPlan()
{
    const WizardState &s = m_wizard->state();
    m_plan->setText(PlanSummary::html(s, s.options));
}

bool PreflightPage::validatePage()
{
    return m_wizard->state().session != nullptr; // Run needs the session the checks were recorded in
}

bool PreflightPage::isComplete() const
{
    if (m_watch.isRunning() || m_blocked)
        return false;
    return (!m_needsAck || m_ack->isChecked()) && m_confirm->isChecked();
}

} // namespace pgcrossing

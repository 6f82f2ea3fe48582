#include "VerifyPage.h"

#include "MigrationWizard.h"
#include "PdfReport.h"
#include "StatusIcon.h"
#include "model/ServerVersion.h"
#include "report/ReportBuilder.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <optional>
#include <QtConcurrent>

namespace pgcrossing {

namespace {
enum Col { Db, Schema, Table, SrcRows, DstRows, SrcHash, DstHash, Status, ColCount };
enum InvCol { InvDb, InvKind, InvObject, InvSource, InvTarget, InvStatus, InvColCount };

const QColor kGreen(0xe3, 0xf4, 0xe6), kRed(0xfb, 0xe1, 0xe4), kOrange(0xfd, 0xef, 0xd5), kPurple(0xf1, 0xe8, 0xfd), kCountDiff(0xff, 0xd5, 0x4f);

// A row's colour: its status's tone, the one the report and the status icon have (ReportBuilder::statusTone).
QColor background(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Ok: return kGreen;
    case ReportTone::Bad: return kRed;
    case ReportTone::Error: return kPurple;
    case ReportTone::Warning: return kOrange;
    case ReportTone::Info:
    case ReportTone::Muted:
    case ReportTone::None: break;
    }
    return {};
}

void paint(QTableWidgetItem *item, const QColor &bg)
{
    if (!bg.isValid())
        return;
    item->setBackground(bg);
    item->setForeground(QColor(0x20, 0x20, 0x20));
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(text);
    return item;
}

// The filter a table's status falls under; Could not compare is always shown (it is no difference found,
// and nothing proves the table equal).
std::optional<VerifyPage::Show> showOf(TableStatus s)
{
    switch (s) {
    case TableStatus::Equal: return VerifyPage::Show::Identical;
    case TableStatus::Differs: return VerifyPage::Show::Different;
    case TableStatus::MissingOnTarget: return VerifyPage::Show::SourceOnly;
    case TableStatus::ExtraOnTarget: return VerifyPage::Show::TargetOnly;
    case TableStatus::Error: break;
    }
    return std::nullopt;
}

std::optional<VerifyPage::Show> showOf(InventoryStatus s)
{
    switch (s) {
    case InventoryStatus::Equal:
    case InventoryStatus::Info: return VerifyPage::Show::Identical; // sizes: not a difference
    case InventoryStatus::Differs: return VerifyPage::Show::Different;
    case InventoryStatus::MissingOnTarget: return VerifyPage::Show::SourceOnly;
    case InventoryStatus::ExtraOnTarget: return VerifyPage::Show::TargetOnly;
    }
    return std::nullopt;
}

} // namespace

VerifyPage::VerifyPage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Verify"));
    setSubTitle(tr("Every table compared on both servers: row counts and content fingerprints."));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_again = new QPushButton(tr("Verify again"), this);
    m_again->setObjectName(QStringLiteral("verifyAgain"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_again);
    layout->addLayout(top);
    m_glance = new QLabel(this);
    m_glance->setObjectName(QStringLiteral("glance"));
    m_glance->setVisible(false);
    layout->addWidget(m_glance);
    // What to show, as compare tools put it; each with how many rows of the tab shown have that status.
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    for (Show f : {Show::Identical, Show::Different, Show::SourceOnly, Show::TargetOnly}) {
        auto *box = new QCheckBox(this);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &VerifyPage::applyFilter);
        filters->addWidget(box);
        m_filters[int(f)] = box;
    }
    filters->addStretch();
    layout->addLayout(filters);

    m_tabs = new QTabWidget(this);
    auto *split = new QSplitter(Qt::Vertical, m_tabs);
    m_tables = new QTableWidget(0, ColCount, split);
    m_tables->setHorizontalHeaderLabels({tr("Database"), tr("Schema"), tr("Table"), tr("Source rows"), tr("Target rows"),
                                         tr("Source fingerprint"), tr("Target fingerprint"), tr("Status")});
    m_tables->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tables->horizontalHeader()->setSectionResizeMode(Table, QHeaderView::Stretch);
    m_tables->verticalHeader()->hide();
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tables->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tables->setSortingEnabled(false);
    m_details = new QPlainTextEdit(split);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a table to see what differs and its differing keys."));
    split->addWidget(m_tables);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setSizes({360, 110});

    // The inventory: long values (an index's definition) share the room left and are cut; the selected
    // row is shown whole below, and the status column always stays in view.
    auto *invSplit = new QSplitter(Qt::Vertical, m_tabs);
    m_inventory = new QTableWidget(0, InvColCount, invSplit);
    m_inventory->setHorizontalHeaderLabels({tr("Database"), tr("Kind"), tr("Object"), tr("Source"), tr("Target"), tr("Status")});
    QHeaderView *invHeader = m_inventory->horizontalHeader();
    invHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c : {InvObject, InvSource, InvTarget})
        invHeader->setSectionResizeMode(c, QHeaderView::Stretch);
    m_inventory->verticalHeader()->hide();
    m_inventory->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inventory->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inventory->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inventory->setTextElideMode(Qt::ElideMiddle);
    m_inventory->setWordWrap(false); // one line a row, elided in the middle; the whole item below when selected
    m_inventoryDetails = new QTextBrowser(invSplit);
    m_inventoryDetails->setPlaceholderText(tr("Select an item to see both sides in full, side by side."));
    invSplit->addWidget(m_inventory);
    invSplit->addWidget(m_inventoryDetails);
    invSplit->setStretchFactor(0, 3);
    invSplit->setSizes({360, 110});
    m_tabs->addTab(split, tr("Tables"));
    m_tabs->addTab(invSplit, tr("Inventory"));
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &VerifyPage::updateFilterCounts);
    connect(m_again, &QPushButton::clicked, this, &VerifyPage::verifyAgain);
    connect(m_tables, &QTableWidget::itemSelectionChanged, this, &VerifyPage::showDetails);
    connect(m_inventory, &QTableWidget::itemSelectionChanged, this, &VerifyPage::showInventoryDetails);
    connect(&m_watch, &QFutureWatcher<StepResult>::finished, this, [this] {
        m_comparing = false;
        m_again->setEnabled(true);
        if (MigrationSession *session = m_wizard->state().session.get()) {
            QStringList written;
            QString error;
            if (!session->finish(&written, &error))
                qWarning("%s", qPrintable(error));
            render(session->record().verification);
        }
        Q_EMIT completeChanged();
        Q_EMIT verified();
    });
    updateFilterCounts();
}

void VerifyPage::initializePage()
{
    if (m_wizard->state().session)
        render(m_wizard->state().session->record().verification);
}

void VerifyPage::verifyAgain()
{
    WizardState &s = m_wizard->state();
    if (!s.session || m_comparing)
        return;
    m_comparing = true;
    m_again->setEnabled(false);
    m_summary->setText(tr("Comparing both sides …"));
    m_cancel.reset();
    MigrationSession *session = s.session.get();
    m_watch.setFuture(QtConcurrent::run([session, this] { return session->verifyAgain(m_cancel); }));
    Q_EMIT completeChanged();
}

void VerifyPage::cleanupPage()
{
    // Back may let the session go (the Start page's choices): a comparison running on it stops first.
    cancelAndWait();
    QWizardPage::cleanupPage();
}

void VerifyPage::cancelAndWait()
{
    if (!m_watch.isRunning())
        return;
    m_cancel.cancel();
    m_watch.waitForFinished();
}

void VerifyPage::render(const Verification &v)
{
    m_shown = v;
    const QString none = QStringLiteral("—");
    m_tables->setRowCount(int(v.tables.size()));
    for (int r = 0; r < v.tables.size(); ++r) {
        const TableDiff &t = v.tables[r];
        auto num = [&](qint64 n) { return t.fingerprinted ? QLocale().toString(n) : none; };
        m_tables->setItem(r, Db, cell(t.database));
        m_tables->setItem(r, Schema, cell(t.schema));
        m_tables->setItem(r, Table, cell(t.table));
        m_tables->setItem(r, SrcRows, cell(num(t.sourceRows), true));
        m_tables->setItem(r, DstRows, cell(num(t.targetRows), true));
        for (auto [col, hash] : {std::pair{SrcHash, t.sourceHash}, std::pair{DstHash, t.targetHash}}) {
            QTableWidgetItem *item = cell(hash.isEmpty() ? none : TableDiff::shortFingerprint(hash));
            item->setToolTip(hash.isEmpty() ? tr("Not fingerprinted") : tr("Fingerprint %1 (shown: its last 12 hex digits)").arg(hash));
            item->setData(Qt::UserRole, hash);
            if (!hash.isEmpty())
                item->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            m_tables->setItem(r, col, item);
        }
        auto *st = cell(wordOf(t.status));
        st->setIcon(StatusIcon::forStatus(t.status));
        m_tables->setItem(r, Status, st);
        m_tables->item(r, Db)->setData(Qt::UserRole, r);
        for (int c = 0; c < ColCount; ++c)
            paint(m_tables->item(r, c), background(ReportBuilder::statusTone(t.status)));
        // Row counts that differ: a mark, the difference, bold and a colour of their own.
        if (t.fingerprinted && t.sourceRows >= 0 && t.targetRows >= 0 && t.sourceRows != t.targetRows) {
            const qint64 delta = t.targetRows - t.sourceRows;
            QTableWidgetItem *dst = m_tables->item(r, DstRows);
            dst->setText(QStringLiteral("≠ %1 (%2%3)")
                             .arg(QLocale().toString(t.targetRows), delta > 0 ? QStringLiteral("+") : QStringLiteral("−"),
                                  QLocale().toString(qAbs(delta))));
            const QString why = tr("Row counts differ: %1 on the source, %2 on the target")
                                    .arg(QLocale().toString(t.sourceRows), QLocale().toString(t.targetRows));
            for (int c : {SrcRows, DstRows}) {
                QTableWidgetItem *item = m_tables->item(r, c);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(why);
                item->setData(Qt::UserRole + 1, true); // a differing count
                paint(item, kCountDiff);
            }
        }
    }
    m_inventory->setRowCount(int(v.inventory.size()));
    for (int r = 0; r < v.inventory.size(); ++r) {
        const InventoryRow &i = v.inventory[r];
        auto value = [&](const std::optional<QString> &side) {
            if (!side)
                return none;
            // A size is bytes, as the report writes it.
            if (i.kind == QLatin1String("size"))
                return ReportBuilder::humanBytes(side->toLongLong());
            // One line a row (a check's answer has a line per result row); in full below when selected.
            return QString(*side).replace(QLatin1Char('\n'), QStringLiteral(" \u00B7 "));
        };
        const QStringList values{i.database, InventoryRow::kindWord(i.kind), i.key, value(i.source), value(i.target), wordOf(i.status)};
        for (int c = 0; c < values.size(); ++c) {
            QTableWidgetItem *item = cell(values[c], i.kind == QLatin1String("size") && (c == InvSource || c == InvTarget));
            paint(item, background(ReportBuilder::statusTone(i.status)));
            m_inventory->setItem(r, c, item);
        }
        if (i.kind == QLatin1String("size")) {
            m_inventory->item(r, InvSource)->setToolTip(tr("%1 bytes").arg(QLocale().toString(i.source.value_or(QString()).toLongLong())));
            m_inventory->item(r, InvTarget)->setToolTip(tr("%1 bytes").arg(QLocale().toString(i.target.value_or(QString()).toLongLong())));
        }
        if (!i.message.isEmpty())
            m_inventory->item(r, InvStatus)->setToolTip(i.message);
        m_inventory->item(r, InvStatus)->setIcon(StatusIcon::forStatus(i.status));
        m_inventory->item(r, InvDb)->setData(Qt::UserRole, r);
    }
    // The same picture as the report's "Verification at a glance", drawn by the same code.
    m_glance->setVisible(false);
    for (const ReportBlock &b : ReportBuilder::build(QJsonObject{{QStringLiteral("verification"), v.toJson()}}).blocks)
        if (b.kind == ReportBlock::Kind::Chart) {
            m_glance->setPixmap(QPixmap::fromImage(PdfReport::chartImage(b, devicePixelRatioF())));
            m_glance->setToolTip(ReportDocument::plainText(b.line));
            m_glance->setVisible(true);
        }
    if (v.isEmpty()) {
        m_summary->setText(tr("Not verified yet: click Verify again."));
    } else {
        const VerificationSummary &sum = v.summary;
        const QString counts = tr("%1 identical, %2 different, %3 only on the source, %4 only on the target, %5 could not be "
                                  "compared; %6 inventory difference(s).")
                                   .arg(sum.equal)
                                   .arg(sum.differs)
                                   .arg(sum.missingOnTarget)
                                   .arg(sum.extraOnTarget)
                                   .arg(sum.errors)
                                   .arg(sum.inventoryDifferences);
        const bool equal = v.verdict == VerificationVerdict::Equal;
        QString text = QStringLiteral("<span style='color:%1'><b>%2</b></span> %3")
                           .arg(equal ? QStringLiteral("#1b7f3b") : QStringLiteral("#b00020"), wordOf(v.verdict).toHtmlEscaped(), counts);
        // The servers compared, in the versions a DBA writes (15.18).
        if (const MigrationSession *session = m_wizard->state().session.get()) {
            const QJsonObject env = session->record().environment;
            const QString src = serverVersionText(env.value(QStringLiteral("source")).toObject().value(QStringLiteral("serverVersionNum")).toInt());
            const QString dst = serverVersionText(env.value(QStringLiteral("target")).toObject().value(QStringLiteral("serverVersionNum")).toInt());
            if (!src.isEmpty() && !dst.isEmpty())
                text += QStringLiteral("<br>") + tr("Source PostgreSQL %1 · target PostgreSQL %2").arg(src, dst).toHtmlEscaped();
        }
        m_summary->setText(text);
    }
    applyFilter();
    m_details->clear();
    m_inventoryDetails->clear();
}

QCheckBox *VerifyPage::filter(Show show) const
{
    return m_filters[int(show)];
}

int VerifyPage::countOf(Show show, bool inventory) const
{
    int n = 0;
    if (inventory) {
        for (const InventoryRow &i : m_shown.inventory)
            n += showOf(i.status) == show;
    } else {
        for (const TableDiff &t : m_shown.tables)
            n += showOf(t.status) == show;
    }
    return n;
}

void VerifyPage::updateFilterCounts()
{
    const bool inventory = m_tabs->currentIndex() == 1;
    const QString words[] = {tr("Identical (%1)"), tr("Different (%1)"), tr("Source only (%1)"), tr("Target only (%1)")};
    for (Show f : {Show::Identical, Show::Different, Show::SourceOnly, Show::TargetOnly})
        m_filters[int(f)]->setText(words[int(f)].arg(countOf(f, inventory)));
}

void VerifyPage::applyFilter()
{
    auto shown = [this](std::optional<Show> f) { return !f || m_filters[int(*f)]->isChecked(); };
    for (int r = 0; r < m_tables->rowCount() && r < m_shown.tables.size(); ++r)
        m_tables->setRowHidden(r, !shown(showOf(m_shown.tables[r].status)));
    for (int r = 0; r < m_inventory->rowCount() && r < m_shown.inventory.size(); ++r)
        m_inventory->setRowHidden(r, !shown(showOf(m_shown.inventory[r].status)));
    updateFilterCounts();
}

void VerifyPage::showInventoryDetails()
{
    const QList<QTableWidgetItem *> selected = m_inventory->selectedItems();
    const int index = selected.isEmpty() ? -1 : m_inventory->item(selected.first()->row(), InvDb)->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_shown.inventory.size()) {
        m_inventoryDetails->clear();
        return;
    }
    const InventoryRow &i = m_shown.inventory[index];
    const int row = selected.first()->row();
    // Both sides in full, next to each other (a check of your own: its two results, row by row).
    auto pre = [](const QString &text) { return QStringLiteral("<pre>%1</pre>").arg(text.toHtmlEscaped()); };
    // In full (the table's cell is one line); a size as the table shows it.
    auto side = [&](const std::optional<QString> &v, int column) {
        return v && i.kind != QLatin1String("size") ? *v : m_inventory->item(row, column)->text();
    };
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(QStringLiteral("%1 · %2 %3 — %4").arg(i.database, InventoryRow::kindWord(i.kind), i.key, wordOf(i.status)).toHtmlEscaped());
    if (!i.message.isEmpty())
        html += pre(i.message);
    html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='4'><tr><th width='50%'>%1</th><th width='50%'>%2</th></tr>"
                           "<tr><td valign='top'>%3</td><td valign='top'>%4</td></tr></table>")
                .arg(tr("Source").toHtmlEscaped(), tr("Target").toHtmlEscaped(), pre(side(i.source, InvSource)), pre(side(i.target, InvTarget)));
    m_inventoryDetails->setHtml(html);
}

void VerifyPage::showDetails()
{
    const QList<QTableWidgetItem *> selected = m_tables->selectedItems();
    const int index = selected.isEmpty() ? -1 : m_tables->item(selected.first()->row(), Db)->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_shown.tables.size()) {
        m_details->clear();
        return;
    }
    const TableDiff &t = m_shown.tables[index];
    QStringList lines;
    lines << QStringLiteral("%1 · %2.%3 — %4").arg(t.database, t.schema, t.table, wordOf(t.status));
    if (!t.message.isEmpty())
        lines << t.message;
    if (!t.differingKeys.isEmpty()) {
        lines << tr("Differing keys (%1):").arg(t.keyColumns.join(QStringLiteral(", ")));
        for (const DifferingKey &k : t.differingKeys)
            lines << QStringLiteral("  %1  (%2)").arg(k.key, wordOf(k.kind));
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

int VerifyPage::rowOf(const QString &database, const QString &schema, const QString &table) const
{
    for (int r = 0; r < m_tables->rowCount(); ++r)
        if (m_tables->item(r, Db)->text() == database && m_tables->item(r, Schema)->text() == schema &&
            m_tables->item(r, Table)->text() == table)
            return r;
    return -1;
}

bool VerifyPage::isComplete() const
{
    return !m_comparing;
}

} // namespace pgcrossing

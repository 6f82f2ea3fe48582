#include "VerifyPage.h"

#include "MigrationWizard.h"
#include "StatusIcon.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pgcrossing {

namespace {
enum Col { Db, Schema, Table, SrcRows, DstRows, SrcHash, DstHash, Status, ColCount };

const QColor kGreen(0xe3, 0xf4, 0xe6), kRed(0xfb, 0xe1, 0xe4), kOrange(0xfd, 0xef, 0xd5);

QColor background(TableStatus status)
{
    switch (status) {
    case TableStatus::Equal: return kGreen;
    case TableStatus::Differs:
    case TableStatus::Error: return kRed;
    case TableStatus::MissingOnTarget:
    case TableStatus::ExtraOnTarget: break;
    }
    return kOrange;
}

QColor background(InventoryStatus status)
{
    if (status == InventoryStatus::Info)
        return {};
    return status == InventoryStatus::Equal ? kGreen : kRed;
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
} // namespace

VerifyPage::VerifyPage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Verify"));
    setSubTitle(tr("Every table compared on both servers: row counts and content fingerprints."));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_diffOnly = new QCheckBox(tr("Differences only"), this);
    m_again = new QPushButton(tr("Verify again"), this);
    top->addWidget(m_summary, 1);
    top->addWidget(m_diffOnly);
    top->addWidget(m_again);
    layout->addLayout(top);

    auto *tabs = new QTabWidget(this);
    auto *split = new QSplitter(Qt::Vertical, tabs);
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
    m_inventory = new QTableWidget(0, 6, tabs);
    m_inventory->setHorizontalHeaderLabels({tr("Database"), tr("Kind"), tr("Object"), tr("Source"), tr("Target"), tr("Status")});
    m_inventory->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_inventory->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_inventory->verticalHeader()->hide();
    m_inventory->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(split, tr("Tables"));
    tabs->addTab(m_inventory, tr("Inventory"));
    layout->addWidget(tabs, 1);

    connect(m_diffOnly, &QCheckBox::toggled, this, &VerifyPage::applyFilter);
    connect(m_again, &QPushButton::clicked, this, &VerifyPage::verifyAgain);
    connect(m_tables, &QTableWidget::itemSelectionChanged, this, &VerifyPage::showDetails);
    connect(&m_watch, &QFutureWatcher<StepResult>::finished, this, [this] {
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
}

void VerifyPage::initializePage()
{
    if (m_wizard->state().session)
        render(m_wizard->state().session->record().verification);
}

void VerifyPage::verifyAgain()
{
    WizardState &s = m_wizard->state();
    if (!s.session || m_watch.isRunning())
        return;
    m_again->setEnabled(false);
    m_summary->setText(tr("Comparing both sides …"));
    m_cancel.reset();
    MigrationSession *session = s.session.get();
    m_watch.setFuture(QtConcurrent::run([session, this] { return session->verifyAgain(m_cancel); }));
    Q_EMIT completeChanged();
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
        auto text = [&](const QString &s) { return s.isEmpty() ? none : s; };
        m_tables->setItem(r, Db, cell(t.database));
        m_tables->setItem(r, Schema, cell(t.schema));
        m_tables->setItem(r, Table, cell(t.table));
        m_tables->setItem(r, SrcRows, cell(num(t.sourceRows), true));
        m_tables->setItem(r, DstRows, cell(num(t.targetRows), true));
        m_tables->setItem(r, SrcHash, cell(text(t.sourceHash)));
        m_tables->setItem(r, DstHash, cell(text(t.targetHash)));
        auto *st = cell(wordOf(t.status));
        st->setIcon(StatusIcon::forStatus(t.status));
        m_tables->setItem(r, Status, st);
        m_tables->item(r, Db)->setData(Qt::UserRole, r);
        for (int c = 0; c < ColCount; ++c)
            paint(m_tables->item(r, c), background(t.status));
    }
    m_inventory->setRowCount(int(v.inventory.size()));
    for (int r = 0; r < v.inventory.size(); ++r) {
        const InventoryRow &i = v.inventory[r];
        const QStringList values{i.database, i.kind, i.key, i.source.value_or(QString()), i.target.value_or(QString()),
                                 wordOf(i.status)};
        for (int c = 0; c < values.size(); ++c) {
            QTableWidgetItem *item = cell(values[c]);
            paint(item, background(i.status));
            m_inventory->setItem(r, c, item);
        }
    }
    if (v.isEmpty()) {
        m_summary->setText(tr("Not verified yet: click Verify again."));
    } else {
        const VerificationSummary &sum = v.summary;
        const QString counts = tr("%1 equal, %2 differ, %3 missing on the target, %4 only on the target, %5 not compared; "
                                  "%6 inventory difference(s).")
                                   .arg(sum.equal)
                                   .arg(sum.differs)
                                   .arg(sum.missingOnTarget)
                                   .arg(sum.extraOnTarget)
                                   .arg(sum.errors)
                                   .arg(sum.inventoryDifferences);
        const bool equal = v.verdict == VerificationVerdict::Equal;
        m_summary->setText(QStringLiteral("<span style='color:%1'><b>%2</b></span> %3")
                               .arg(equal ? QStringLiteral("#1b7f3b") : QStringLiteral("#b00020"),
                                    wordOf(v.verdict).toHtmlEscaped(), counts));
    }
    applyFilter();
    m_details->clear();
}

void VerifyPage::applyFilter()
{
    const bool only = m_diffOnly->isChecked();
    for (int r = 0; r < m_tables->rowCount() && r < m_shown.tables.size(); ++r)
        m_tables->setRowHidden(r, only && m_shown.tables[r].status == TableStatus::Equal);
    for (int r = 0; r < m_inventory->rowCount() && r < m_shown.inventory.size(); ++r)
        m_inventory->setRowHidden(r, only && !isDifference(m_shown.inventory[r].status));
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
    return !m_watch.isRunning();
}

} // namespace pgcrossing

#include "DatabasesPage.h"

#include "MigrationWizard.h"
#include "session/EndpointProbe.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pgcrossing {

namespace {
enum Column { Name, Size, TargetName, OnTarget };
}

DatabasesPage::DatabasesPage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Databases"));
    setSubTitle(tr("Tick the databases to carry. Double-click a target name to rename it."));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(split);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Source database"), tr("Size"), tr("Name on the target"), tr("On the target")});
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(TargetName, QHeaderView::Stretch);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_tablesTitle = new QLabel(lower);
    m_tables = new QTableWidget(0, 4, lower);
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Total size"), tr("Share"), tr("Rows (estimate)")});
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tables->verticalHeader()->hide();
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lowerLayout->addWidget(m_tablesTitle);
    lowerLayout->addWidget(m_tables);
    split->addWidget(m_list);
    split->addWidget(lower);
    layout->addWidget(split, 1);
    m_roles = new QCheckBox(tr("Create the roles these databases need on the target (existing roles are never changed)"), this);
    m_roles->setChecked(true);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setPlaceholderText(tr("empty: the owners they have on the source"));
    m_owner->setToolTip(tr("A role that exists on the target. The databases are restored without their ownership and "
                           "then given, with all their objects, to this role (pg_restore --no-owner)."));
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(new QLabel(tr("Owner on the target:"), this));
    ownerRow->addWidget(m_owner, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_roles);
    layout->addLayout(ownerRow);
    layout->addWidget(m_summary);

    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int) {
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showTables(item->text(Name));
    });
    connect(&m_watch, &QFutureWatcher<QList<TableInfo>>::finished, this, [this] {
        if (!m_watchError.isEmpty()) {
            m_tablesTitle->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                       .arg(tr("Cannot read the tables of %1: %2").arg(m_watchDb, m_watchError).toHtmlEscaped()));
            return;
        }
        m_cache.insert(m_watchDb, m_watch.result());
        if (m_list->currentItem() && m_list->currentItem()->text(Name) == m_watchDb)
            showTables(m_watchDb);
    });
}

void DatabasesPage::initializePage()
{
    const WizardState &s = m_wizard->state();
    QSet<QString> chosen;
    for (const DatabaseMapping &m : s.options.databases)
        chosen.insert(m.source);
    const QLocale locale;
    QSignalBlocker block(m_list);
    m_list->clear();
    m_cache.clear();
    for (const DatabaseInfo &d : s.sourceProbe.databases) {
        if (d.isTemplate || !d.allowConnections)
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setText(Name, d.name);
        item->setText(Size, locale.formattedDataSize(d.bytes));
        item->setData(Size, Qt::UserRole, d.bytes);
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        QString target = d.name;
        for (const DatabaseMapping &m : s.options.databases)
            if (m.source == d.name)
                target = m.target;
        item->setText(TargetName, target);
        // "postgres" is usually only the maintenance database: not ticked unless a plan names it.
        const bool tick = chosen.isEmpty() ? d.name != QLatin1String("postgres") : chosen.contains(d.name);
        item->setCheckState(Name, tick ? Qt::Checked : Qt::Unchecked);
    }
    m_roles->setChecked(s.options.includeGlobals);
    m_owner->setText(s.options.owner);
    m_list->resizeColumnToContents(Size);
    block.unblock();
    updateSummary();
    if (m_list->topLevelItemCount()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        showTables(m_list->topLevelItem(0)->text(Name));
    }
}

void DatabasesPage::select(const QStringList &names)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setCheckState(Name, names.contains(item->text(Name)) ? Qt::Checked : Qt::Unchecked);
    }
}

void DatabasesPage::updateSummary()
{
    qint64 bytes = 0;
    int n = 0, taken = 0;
    QSet<QString> onTarget;
    for (const DatabaseInfo &d : m_wizard->state().targetProbe.databases)
        onTarget.insert(d.name);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool exists = onTarget.contains(item->text(TargetName));
        item->setText(OnTarget, exists ? tr("exists — replace needed") : tr("free"));
        item->setForeground(OnTarget, exists ? QColor(0xb0, 0x60, 0x00) : palette().color(QPalette::Text));
        if (item->checkState(Name) != Qt::Checked)
            continue;
        ++n;
        bytes += item->data(Size, Qt::UserRole).toLongLong();
        taken += exists ? 1 : 0;
    }
    QString text = tr("%n database(s) chosen, %1 in all.", nullptr, n).arg(QLocale().formattedDataSize(bytes));
    if (taken)
        text += QLatin1Char(' ') + tr("%n already exist(s) on the target: choose replace on the Mode page, or rename.", nullptr, taken);
    m_summary->setText(text);
}

void DatabasesPage::showTables(const QString &db)
{
    const auto cached = m_cache.constFind(db);
    if (cached == m_cache.constEnd()) {
        m_tablesTitle->setText(tr("Reading the tables of %1 …").arg(db));
        m_tables->setRowCount(0);
        if (!m_watch.isRunning()) {
            const WizardState &s = m_wizard->state();
            m_watchDb = db;
            m_watchError.clear();
            m_watch.setFuture(QtConcurrent::run([this, e = s.source, sec = s.sourceSecrets, db] {
                QString error;
                const QList<TableInfo> tables = EndpointProbe::tables(e, sec, db, &error);
                m_watchError = error; // read on the UI thread once finished
                return tables;
            }));
        }
        return;
    }
    const QList<TableInfo> &tables = *cached;
    qint64 total = 0;
    for (const TableInfo &t : tables)
        total += t.totalBytes;
    const QLocale locale;
    m_tablesTitle->setText(tr("Tables of %1 by size (%n table(s), %2):", nullptr, int(tables.size()))
                               .arg(db, locale.formattedDataSize(total)));
    m_tables->setRowCount(int(tables.size()));
    for (int r = 0; r < tables.size(); ++r) {
        const TableInfo &t = tables[r];
        m_tables->setItem(r, 0, new QTableWidgetItem(t.schema + QLatin1Char('.') + t.name));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(t.totalBytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tables->setItem(r, 1, size);
        auto *bar = new QProgressBar(m_tables);
        bar->setRange(0, 1000);
        bar->setValue(total ? int(1000 * t.totalBytes / total) : 0);
        bar->setFormat(QStringLiteral("%1 %").arg(total ? 100.0 * t.totalBytes / total : 0.0, 0, 'f', 1));
        m_tables->setCellWidget(r, 2, bar);
        auto *rows = new QTableWidgetItem(t.estimatedRows < 0 ? tr("not analyzed") : locale.toString(t.estimatedRows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tables->setItem(r, 3, rows);
    }
    // Another database was picked while this one loaded.
    if (m_list->currentItem() && m_list->currentItem()->text(Name) != db)
        showTables(m_list->currentItem()->text(Name));
}

bool DatabasesPage::isComplete() const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->checkState(Name) == Qt::Checked)
            return true;
    return false;
}

bool DatabasesPage::validatePage()
{
    WizardState &s = m_wizard->state();
    s.options.databases.clear();
    QSet<QString> targets;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(Name) != Qt::Checked)
            continue;
        const QString target = item->text(TargetName).trimmed();
        if (target.isEmpty() || targets.contains(target)) {
            QMessageBox::warning(this, tr("Databases"),
                                 target.isEmpty() ? tr("Give %1 a name on the target.").arg(item->text(Name))
                                                  : tr("Two databases would become %1 on the target: rename one.").arg(target));
            return false;
        }
        targets.insert(target);
        s.options.databases << DatabaseMapping{item->text(Name), target};
    }
    s.options.includeGlobals = m_roles->isChecked();
    const QString owner = m_owner->text().trimmed();
    if (!owner.isEmpty())
        s.options.noOwner = true;
    else if (!s.options.owner.isEmpty())
        s.options.noOwner = false; // the owner was cleared: ownership comes from the source again
    s.options.owner = owner;
    return true;
}

} // namespace pgcrossing

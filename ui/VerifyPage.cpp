#include "VerifyPage.h"

#include "MigrationWizard.h"
#include "StatusIcon.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
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

QColor background(const QString &status)
{
    if (status == QLatin1String("equal"))
        return QColor(0xe3, 0xf4, 0xe6);
    if (status == QLatin1String("differs") || status == QLatin1String("error"))
        return QColor(0xfb, 0xe1, 0xe4);
    if (status.startsWith(QLatin1String("missing")) || status.startsWith(QLatin1String("extra")))
        return QColor(0xfd, 0xef, 0xd5);
    return {};
}

QString statusWords(const QString &status)
{
    if (status == QLatin1String("equal"))
        return VerifyPage::tr("equal");
    if (status == QLatin1String("differs"))
        return VerifyPage::tr("differs");
    if (status == QLatin1String("missing-on-target"))
        return VerifyPage::tr("missing on target");
    if (status == QLatin1String("extra-on-target"))
        return VerifyPage::tr("only on target");
    if (status == QLatin1String("error"))
        return VerifyPage::tr("not compared");
    return status;
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

void VerifyPage::render(const QJsonObject &v)
{
    const QJsonArray tables = v.value(QStringLiteral("tables")).toArray();
    m_tables->setRowCount(int(tables.size()));
    for (int r = 0; r < tables.size(); ++r) {
        const QJsonObject t = tables[r].toObject();
        const QString status = t.value(QStringLiteral("status")).toString();
        auto num = [&](const char *key) {
            const QJsonValue value = t.value(QLatin1String(key));
            return value.isUndefined() || value.isNull() ? QStringLiteral("—") : QLocale().toString(qint64(value.toDouble()));
        };
        auto text = [&](const char *key) {
            const QString s = t.value(QLatin1String(key)).toString();
            return s.isEmpty() ? QStringLiteral("—") : s;
        };
        m_tables->setItem(r, Db, cell(t.value(QStringLiteral("database")).toString()));
        m_tables->setItem(r, Schema, cell(t.value(QStringLiteral("schema")).toString()));
        m_tables->setItem(r, Table, cell(t.value(QStringLiteral("table")).toString()));
        m_tables->setItem(r, SrcRows, cell(num("sourceRows"), true));
        m_tables->setItem(r, DstRows, cell(num("targetRows"), true));
        m_tables->setItem(r, SrcHash, cell(text("sourceHash")));
        m_tables->setItem(r, DstHash, cell(text("targetHash")));
        auto *st = cell(statusWords(status));
        st->setIcon(StatusIcon::forStatus(status.section(QLatin1Char('-'), 0, 0)));
        st->setData(Qt::UserRole, status);
        m_tables->setItem(r, Status, st);
        m_tables->item(r, Db)->setData(Qt::UserRole, t.toVariantMap());
        const QColor bg = background(status);
        for (int c = 0; c < ColCount; ++c)
            if (bg.isValid()) {
                m_tables->item(r, c)->setBackground(bg);
                m_tables->item(r, c)->setForeground(QColor(0x20, 0x20, 0x20));
            }
    }
    const QJsonArray inventory = v.value(QStringLiteral("inventory")).toArray();
    m_inventory->setRowCount(int(inventory.size()));
    for (int r = 0; r < inventory.size(); ++r) {
        const QJsonObject i = inventory[r].toObject();
        const QString status = i.value(QStringLiteral("status")).toString();
        const QStringList values{i.value(QStringLiteral("database")).toString(), i.value(QStringLiteral("kind")).toString(),
                                 i.value(QStringLiteral("key")).toString(), i.value(QStringLiteral("source")).toString(),
                                 i.value(QStringLiteral("target")).toString(), status};
        for (int c = 0; c < values.size(); ++c) {
            QTableWidgetItem *item = cell(values[c]);
            const QColor bg = background(status == QLatin1String("info") ? QString() : status == QLatin1String("equal") ? status : QStringLiteral("differs"));
            if (bg.isValid() && !status.isEmpty()) {
                item->setBackground(bg);
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            m_inventory->setItem(r, c, item);
        }
    }
    const QJsonObject sum = v.value(QStringLiteral("summary")).toObject();
    const QString verdict = v.value(QStringLiteral("verdict")).toString();
    if (v.isEmpty()) {
        m_summary->setText(tr("Not verified yet: click Verify again."));
    } else {
        const QString counts = tr("%1 equal, %2 differ, %3 missing on the target, %4 only on the target, %5 not compared; "
                                  "%6 inventory difference(s).")
                                   .arg(sum.value(QStringLiteral("equal")).toInt())
                                   .arg(sum.value(QStringLiteral("differs")).toInt())
                                   .arg(sum.value(QStringLiteral("missingOnTarget")).toInt())
                                   .arg(sum.value(QStringLiteral("extraOnTarget")).toInt())
                                   .arg(sum.value(QStringLiteral("error")).toInt())
                                   .arg(sum.value(QStringLiteral("inventoryDifferences")).toInt());
        m_summary->setText(verdict == QLatin1String("equal")
                               ? QStringLiteral("<span style='color:#1b7f3b'><b>%1</b></span> %2").arg(tr("Identical."), counts)
                               : QStringLiteral("<span style='color:#b00020'><b>%1</b></span> %2").arg(tr("Differences found."), counts));
    }
    applyFilter();
    m_details->clear();
}

void VerifyPage::applyFilter()
{
    const bool only = m_diffOnly->isChecked();
    for (int r = 0; r < m_tables->rowCount(); ++r)
        m_tables->setRowHidden(r, only && m_tables->item(r, Status)->data(Qt::UserRole).toString() == QLatin1String("equal"));
    for (int r = 0; r < m_inventory->rowCount(); ++r) {
        const QString s = m_inventory->item(r, 5)->text();
        m_inventory->setRowHidden(r, only && (s == QLatin1String("equal") || s == QLatin1String("info")));
    }
}

void VerifyPage::showDetails()
{
    const QList<QTableWidgetItem *> selected = m_tables->selectedItems();
    if (selected.isEmpty()) {
        m_details->clear();
        return;
    }
    const int row = selected.first()->row();
    const QVariantMap t = m_tables->item(row, Db)->data(Qt::UserRole).toMap();
    QStringList lines;
    lines << QStringLiteral("%1 · %2.%3 — %4").arg(t.value(QStringLiteral("database")).toString(), t.value(QStringLiteral("schema")).toString(),
                                                   t.value(QStringLiteral("table")).toString(),
                                                   statusWords(t.value(QStringLiteral("status")).toString()));
    if (!t.value(QStringLiteral("message")).toString().isEmpty())
        lines << t.value(QStringLiteral("message")).toString();
    const QStringList keyColumns = t.value(QStringLiteral("keyColumns")).toStringList();
    const QVariantList keys = t.value(QStringLiteral("differingKeys")).toList();
    if (!keys.isEmpty()) {
        lines << tr("Differing keys (%1):").arg(keyColumns.join(QStringLiteral(", ")));
        for (const QVariant &k : keys) {
            const QVariantMap m = k.toMap();
            lines << QStringLiteral("  %1  (%2)").arg(m.value(QStringLiteral("key")).toString(), m.value(QStringLiteral("kind")).toString());
        }
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

#include "ExecutePage.h"

#include "LogFilter.h"
#include "LogModel.h"
#include "MigrationWizard.h"
#include "StatusIcon.h"
#include "migration/Runner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pgcrossing {

namespace {
QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ExecutePage::ExecutePage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Execute"));
    setSubTitle(tr("Every command that runs on either host is shown below, with passwords masked."));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_steps = new QTreeWidget(split);
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Step"), tr("Progress"), tr("Touches"), tr("Result")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *logBox = new QWidget(split);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_show = new QComboBox(logBox);
    m_show->addItem(tr("Everything"), int(LogFilter::Show::Everything));
    m_show->addItem(tr("Commands and messages"), int(LogFilter::Show::Commands));
    m_show->addItem(tr("Warnings and errors"), int(LogFilter::Show::Problems));
    m_show->addItem(tr("Errors only"), int(LogFilter::Show::Errors));
    m_search = new QLineEdit(logBox);
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_copy = new QPushButton(tr("Copy log"), logBox);
    tools->addWidget(new QLabel(tr("Show:"), logBox));
    tools->addWidget(m_show);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_copy);
    m_log = new LogModel(this);
    m_filter = new LogFilter(this);
    m_filter->setSourceModel(m_log);
    m_view = new QListView(logBox);
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // constant-time layout however long the log grows
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addLayout(tools);
    logLayout->addWidget(m_view, 1);
    split->addWidget(m_steps);
    split->addWidget(logBox);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_time = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel run"), this);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setToolTip(tr("Continue from the first step that did not finish"));
    bottom->addWidget(m_bar, 2);
    bottom->addWidget(m_time);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_resume);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] { m_filter->setShow(LogFilter::Show(m_show->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &LogFilter::setSearch);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        const QModelIndexList selected = m_view->selectionModel()->selectedRows();
        if (selected.isEmpty())
            for (int r = 0; r < m_filter->rowCount(); ++r)
                lines << m_filter->index(r, 0).data().toString();
        else
            for (const QModelIndex &i : selected)
                lines << i.data().toString();
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelRun(true); });
    connect(m_resume, &QPushButton::clicked, this, &ExecutePage::resume);
    // Follow the log's end while the user has not scrolled up.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ExecutePage::tick);
}

ExecutePage::~ExecutePage()
{
    cancelAndWait();
}

void ExecutePage::initializePage()
{
    start();
}

void ExecutePage::start()
{
    WizardState &s = m_wizard->state();
    if (!s.session)
        return;
    m_log->clear();
    m_steps->clear();
    m_outcome.reset();
    m_stepBase.clear();
    m_stepSpan.clear();
    m_runner = s.session->runner();
    double total = 0;
    for (const auto &step : m_runner->plan().steps)
        total += step->weight();
    double base = 0;
    for (const auto &step : m_runner->plan().steps) {
        QStringList touches;
        if (step->touchesSource())
            touches << tr("source");
        if (step->touchesTarget())
            touches << tr("target");
        auto *item = new QTreeWidgetItem(m_steps, {step->title(), QString(), touches.join(QStringLiteral(", ")), QString()});
        item->setIcon(0, StatusIcon::forStatus(StepStatus::Pending));
        m_stepBase << base / total;
        m_stepSpan << step->weight() / total;
        base += step->weight();
    }
    connect(m_runner.get(), &Runner::logLine, m_log, &LogModel::append);
    connect(m_runner.get(), &Runner::stepStarted, this, [this](int i) {
        m_current = i;
        if (QTreeWidgetItem *item = m_steps->topLevelItem(i)) {
            item->setIcon(0, StatusIcon::forStatus(StepStatus::Running));
            item->setText(1, QStringLiteral("0 %"));
            m_steps->scrollToItem(item);
        }
    });
    connect(m_runner.get(), &Runner::progress, this, [this](double f, const QString &status) {
        m_fraction = f;
        m_bar->setValue(int(f * 1000));
        m_status->setText(status);
        if (m_current >= 0 && m_current < m_stepSpan.size() && m_stepSpan[m_current] > 0)
            if (QTreeWidgetItem *item = m_steps->topLevelItem(m_current))
                item->setText(1, QStringLiteral("%1 %").arg(qBound(0, int(100 * (f - m_stepBase[m_current]) / m_stepSpan[m_current]), 100)));
    });
    connect(m_runner.get(), &Runner::stepFinished, this, [this](int i, StepStatus status, const QString &message) {
        if (QTreeWidgetItem *item = m_steps->topLevelItem(i)) {
            item->setIcon(0, StatusIcon::forStatus(status));
            item->setText(1, isDone(status) ? QStringLiteral("100 %") : QString());
            item->setText(3, message);
            item->setToolTip(3, message);
        }
    });
    connect(m_runner.get(), &Runner::finished, this, &ExecutePage::onFinished);
    // Steps already done in an earlier run of this session show as done.
    SessionRecord record = s.session->record();
    for (int i = 0; i < m_runner->plan().steps.size(); ++i)
        if (const StepRecord *rec = record.step(m_runner->plan().steps[i]->id()))
            if (isDone(rec->status))
                m_steps->topLevelItem(i)->setIcon(0, StatusIcon::forStatus(rec->status));
    m_cancel->setEnabled(true);
    m_resume->setEnabled(false);
    m_clock.start();
    m_tick.start();
    tick();
    m_runner->start();
    Q_EMIT completeChanged();
}

void ExecutePage::tick()
{
    const qint64 elapsed = m_clock.elapsed();
    QString text = tr("Elapsed %1").arg(clock(elapsed));
    if (isRunning() && m_fraction > 0.02)
        text += QStringLiteral(" · ") + tr("about %1 left").arg(clock(qint64(elapsed * (1 - m_fraction) / m_fraction)));
    m_time->setText(text);
}

bool ExecutePage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void ExecutePage::cancelRun(bool ask)
{
    if (!isRunning())
        return;
    if (ask && QMessageBox::question(this, tr("Cancel the run?"),
                                     tr("The command in flight is stopped on its host. What was done stays in the record; "
                                        "an incomplete target database is marked so and can be resumed; a write hold on "
                                        "the source is released."),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_status->setText(tr("Cancelling …"));
    m_cancel->setEnabled(false);
    m_runner->cancel();
}

void ExecutePage::cancelAndWait()
{
    if (!m_runner)
        return;
    m_runner->cancel();
    m_runner->wait();
}

void ExecutePage::resume()
{
    if (!m_runner || isRunning())
        return;
    m_outcome.reset();
    m_cancel->setEnabled(true);
    m_resume->setEnabled(false);
    m_log->append(0, tr("▶ Resuming from the first unfinished step"));
    m_tick.start();
    m_runner->start();
    Q_EMIT completeChanged();
}

void ExecutePage::onFinished(SessionOutcome outcome, const QString &message)
{
    m_log->flush();
    m_tick.stop();
    tick();
    m_outcome = outcome;
    QStringList written;
    QString error;
    if (m_wizard->state().session && !m_wizard->state().session->finish(&written, &error))
        m_log->append(int(LogLevel::Error), error);
    const bool ok = isSuccess(outcome);
    // The record keeps the outcome code; the user reads the word for it in their language.
    const QString word = wordOf(outcome);
    m_cancel->setEnabled(false);
    m_resume->setEnabled(!ok);
    if (ok)
        m_bar->setValue(1000);
    m_status->setText(ok ? QStringLiteral("<span style='color:#1b7f3b'><b>%1</b></span>").arg(tr("Finished: %1").arg(word).toHtmlEscaped())
                         : QStringLiteral("<span style='color:#b00020'><b>%1</b></span> %2")
                               .arg(tr("Stopped (%1).").arg(word).toHtmlEscaped(), message.toHtmlEscaped()));
    Q_EMIT completeChanged();
    Q_EMIT runFinished(outcome);
}

bool ExecutePage::isComplete() const
{
    return m_outcome.has_value();
}

int ExecutePage::nextId() const
{
    const WizardState &s = m_wizard->state();
    if (s.options.mode == PlanOptions::Mode::BackupOnly || !s.options.verify)
        return MigrationWizard::Report;
    return MigrationWizard::Verify;
}

} // namespace pgcrossing

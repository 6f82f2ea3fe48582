#include "ExecutePage.h"

#include "LogFilter.h"
#include "LogModel.h"
#include "MigrationWizard.h"
#include "StatusIcon.h"
#include "StepProgressDelegate.h"
#include "ThroughputChart.h"
#include "migration/Runner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pgcrossing {

namespace {
enum Column { TitleCol, ProgressCol, TouchesCol, ResultCol };

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void setText(QTreeWidgetItem *item, int column, const QString &text)
{
    if (item->text(column) != text) // unchanged rows send no itemChanged
        item->setText(column, text);
}

void setPercent(QTreeWidgetItem *item, std::optional<int> percent)
{
    const QVariant value = percent ? QVariant(*percent) : QVariant();
    if (item->data(ProgressCol, StepProgressDelegate::ValueRole) != value)
        item->setData(ProgressCol, StepProgressDelegate::ValueRole, value);
    setText(item, ProgressCol, percent ? QStringLiteral("%1 %").arg(*percent) : QString());
}
} // namespace

ExecutePage::ExecutePage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Execute"));
    setSubTitle(tr("Every command that runs on either host is shown below, with passwords masked. Click a step to "
                   "see its lines only."));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, split);
    m_steps = new QTreeWidget(top);
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Step"), tr("Progress"), tr("Touches"), tr("Result")});
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(TitleCol, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(ProgressCol, QHeaderView::Fixed);
    m_steps->header()->resizeSection(ProgressCol, 90);
    m_steps->header()->setSectionResizeMode(TouchesCol, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(ResultCol, QHeaderView::Stretch);
    m_steps->setItemDelegateForColumn(ProgressCol, new StepProgressDelegate(m_steps));
    m_steps->setToolTip(tr("Click a step to show only its lines in the log"));
    m_chart = new ThroughputChart(top);
    top->addWidget(m_steps);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);

    auto *logBox = new QWidget(split);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_show = new QComboBox(logBox);
    m_show->addItem(tr("Everything"), int(LogFilter::Show::Everything));
    m_show->addItem(tr("Commands and messages"), int(LogFilter::Show::Commands));
    m_show->addItem(tr("Warnings and errors"), int(LogFilter::Show::Problems));
    m_show->addItem(tr("Errors only"), int(LogFilter::Show::Errors));
    m_stepShow = new QComboBox(logBox);
    m_stepShow->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stepShow->setMinimumContentsLength(24);
    m_stepShow->addItem(tr("All steps"), -1);
    m_search = new QLineEdit(logBox);
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_copy = new QPushButton(tr("Copy log"), logBox);
    m_copy->setToolTip(tr("Copies the selected lines, or every line shown when none is selected"));
    tools->addWidget(new QLabel(tr("Show:"), logBox));
    tools->addWidget(m_show);
    tools->addWidget(m_stepShow);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_copy);
    m_log = new LogModel(this);
    m_filter = new LogFilter(this);
    m_filter->setSourceModel(m_log);
    auto *logSplit = new QSplitter(Qt::Vertical, logBox);
    m_view = new QListView(logSplit);
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // constant-time layout however long the log grows
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_empty = new QLabel(m_view->viewport());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 13pt;"));
    m_empty->hide();
    auto *overlay = new QVBoxLayout(m_view->viewport());
    overlay->addWidget(m_empty, 0, Qt::AlignCenter);
    // A line is often longer than the view is wide (a whole pg_dump command): the selected one reads here whole.
    m_detail = new QPlainTextEdit(logSplit);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a line of the log to read it whole here; it can be selected and copied."));
    m_detail->setMinimumHeight(QFontMetrics(m_detail->font()).lineSpacing() * 2 + 12);
    logSplit->addWidget(m_view);
    logSplit->addWidget(m_detail);
    logSplit->setStretchFactor(0, 4);
    logSplit->setStretchFactor(1, 1);
    logSplit->setChildrenCollapsible(false);
    logLayout->addLayout(tools);
    logLayout->addWidget(logSplit, 1);
    split->addWidget(top);
    split->addWidget(logBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_time = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel run"), this);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setToolTip(tr("Continue from the first step that did not finish"));
    bottom->addWidget(m_bar, 2);
    bottom->addWidget(m_time);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_resume);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(LogFilter::Show(m_show->currentData().toInt()));
        updateEmptyNote();
    });
    connect(m_stepShow, &QComboBox::currentIndexChanged, this, [this] {
        const int step = m_stepShow->currentData().toInt();
        m_filter->setStep(step);
        // The step shown is the one selected above; all steps, none.
        if (QTreeWidgetItem *item = step >= 0 ? m_steps->topLevelItem(step) : nullptr)
            m_steps->setCurrentItem(item);
        else
            m_steps->clearSelection();
        updateEmptyNote();
    });
    connect(m_steps, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_stepShow->setCurrentIndex(m_steps->indexOfTopLevelItem(item) + 1);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        updateEmptyNote();
    });
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
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExecutePage::showSelectedLines);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelRun(true); });
    connect(m_resume, &QPushButton::clicked, this, &ExecutePage::resume);
    // Follow the log's end while the user has not scrolled up.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ExecutePage::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ExecutePage::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ExecutePage::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ExecutePage::updateEmptyNote);
    // Back from the Verify page (after Verify again, say): the session as it is now.
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == MigrationWizard::Execute)
            render();
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

int ExecutePage::stepRow(const QString &stepId) const
{
    return int(m_stepIds.indexOf(stepId));
}

void ExecutePage::start()
{
    WizardState &s = m_wizard->state();
    if (!s.session)
        return;
    m_log->clear();
    m_log->setStep(-1);
    m_steps->clear();
    m_chart->clear();
    m_outcome.reset();
    m_stepIds.clear();
    m_stepBase.clear();
    m_stepSpan.clear();
    m_stepShow->blockSignals(true);
    while (m_stepShow->count() > 1)
        m_stepShow->removeItem(1);
    m_stepShow->setCurrentIndex(0);
    m_stepShow->blockSignals(false);
    m_filter->setStep(-1);
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
        item->setIcon(TitleCol, StatusIcon::forStatus(StepStatus::Pending));
        m_stepShow->addItem(tr("Step %1: %2").arg(m_steps->topLevelItemCount()).arg(step->title()), m_steps->topLevelItemCount() - 1);
        m_stepIds << step->id();
        m_stepBase << base / total;
        m_stepSpan << step->weight() / total;
        base += step->weight();
    }
    connect(m_runner.get(), &Runner::logLine, m_log, &LogModel::append);
    connect(m_runner.get(), &Runner::stepStarted, this, [this](int i) {
        m_current = i;
        m_log->setStep(i); // this step's lines follow
        m_chart->stepStarted();
        if (QTreeWidgetItem *item = m_steps->topLevelItem(i)) {
            item->setIcon(TitleCol, StatusIcon::forStatus(StepStatus::Running));
            item->setForeground(ProgressCol, QBrush());
            setPercent(item, 0);
            setText(item, ResultCol, QString());
            m_steps->scrollToItem(item);
        }
    });
    connect(m_runner.get(), &Runner::progress, this, [this](double f, const QString &status) {
        m_fraction = f;
        m_bar->setValue(int(f * 1000));
        m_status->setText(status);
        if (m_current >= 0 && m_current < m_stepSpan.size() && m_stepSpan[m_current] > 0)
            if (QTreeWidgetItem *item = m_steps->topLevelItem(m_current))
                if (item->data(ProgressCol, StepProgressDelegate::ValueRole).isValid()) // still running
                    setPercent(item, qBound(0, int(100 * (f - m_stepBase[m_current]) / m_stepSpan[m_current]), 100));
    });
    connect(m_runner.get(), &Runner::transferred, m_chart, &ThroughputChart::addBytes);
    connect(m_runner.get(), &Runner::stepFinished, this, [this] {
        m_chart->stepFinished();
        render(); // the record has the step's end already
    });
    connect(m_runner.get(), &Runner::finished, this, &ExecutePage::onFinished);
    // Steps already done in an earlier run of this session show as done, and the bar their share.
    m_running = false;
    render();
    m_status->clear();
    m_running = true;
    m_fraction = m_bar->value() / 1000.0;
    m_cancel->setEnabled(true);
    m_resume->setEnabled(false);
    m_clock.start();
    m_tick.start();
    tick();
    m_runner->start();
    Q_EMIT completeChanged();
}

void ExecutePage::renderStep(QTreeWidgetItem *item, StepStatus status, const QString &message)
{
    item->setIcon(TitleCol, StatusIcon::forStatus(status));
    switch (status) {
    case StepStatus::Ok:
    case StepStatus::Warning:
        setPercent(item, 100);
        break;
    case StepStatus::Running:
        if (!item->data(ProgressCol, StepProgressDelegate::ValueRole).isValid())
            setPercent(item, 0);
        break; // the live percent stays
    case StepStatus::Pending:
        setPercent(item, std::nullopt);
        break;
    case StepStatus::Failed:
    case StepStatus::Cancelled:
    case StepStatus::Skipped:
        setPercent(item, std::nullopt);
        setText(item, ProgressCol, wordOf(status));
        break;
    }
    item->setForeground(ProgressCol, status == StepStatus::Failed ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
    setText(item, ResultCol, message);
    if (item->toolTip(ResultCol) != message)
        item->setToolTip(ResultCol, message);
}

void ExecutePage::render()
{
    WizardState &s = m_wizard->state();
    if (!s.session || !m_runner)
        return;
    SessionRecord record = s.session->record();
    const auto &steps = m_runner->plan().steps;
    double total = 0;
    double done = 0;
    for (int i = 0; i < steps.size(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (!item)
            continue;
        // Each row is its step's latest record: Verify again rewrites the Verify step's (MigrationSession).
        const StepRecord *rec = record.step(steps[i]->id());
        const StepStatus status = rec ? rec->status : StepStatus::Pending;
        const QString message = rec ? rec->message : QString();
        renderStep(item, status, message);
        total += steps[i]->weight();
        if (isDone(status))
            done += steps[i]->weight();
    }
    if (!m_running)
        m_bar->setValue(total > 0 ? int(std::lround(1000 * done / total)) : 0);
    if (!m_running && record.run != SessionOutcome::Running)
        renderStatusLine(record);
}

void ExecutePage::renderStatusLine(const SessionRecord &record)
{
    // The end state (EndState), not only how the run went: never green above a difference or a change
    // left on the source; its reasons follow.
    const EndState end = record.endState();
    const QString colour = StatusIcon::colourOf(end.outcome);
    // Finished or stopped is how the run went; the word after it, what the session now is (a run that went
    // through can still have Failed on a later comparison).
    const QString head = isSuccess(record.run) ? tr("Finished: %1").arg(wordOf(end.outcome)) : tr("Stopped (%1).").arg(wordOf(end.outcome));
    QString text = QStringLiteral("<span style='color:%1'><b>%2</b></span>").arg(colour, head.toHtmlEscaped());
    for (const QString &reason : end.reasons)
        text += QStringLiteral("<br>") + reason.toHtmlEscaped();
    m_status->setText(text);
}

void ExecutePage::showSelectedLines()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &i : rows) {
        if (lines.size() == 500) {
            lines << tr("… and %n more line(s): Copy log copies them all", "", int(rows.size() - 500));
            break;
        }
        lines << i.data().toString();
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void ExecutePage::updateEmptyNote()
{
    const QString text = m_filter->emptyText();
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
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
    m_running = true;
    m_cancel->setEnabled(true);
    m_resume->setEnabled(false);
    m_log->setStep(-1);
    m_log->append(0, tr("▶ Resuming from the first unfinished step"));
    m_tick.start();
    m_runner->start();
    Q_EMIT completeChanged();
}

void ExecutePage::onFinished(SessionOutcome outcome, const QString &)
{
    m_log->setStep(-1);
    m_log->flush();
    m_chart->stepFinished();
    m_tick.stop();
    tick();
    m_running = false;
    m_outcome = outcome;
    QStringList written;
    QString error;
    if (m_wizard->state().session && !m_wizard->state().session->finish(&written, &error))
        m_log->append(int(LogLevel::Error), error);
    m_cancel->setEnabled(false);
    m_resume->setEnabled(!isSuccess(outcome));
    render();
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

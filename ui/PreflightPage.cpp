#include "PreflightPage.h"

#include "MigrationWizard.h"
#include "PlanSummary.h"
#include "StatusIcon.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pgcrossing {

PreflightPage::PreflightPage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Preflight"));
    setSubTitle(tr("Read-only checks on both hosts for the choices you made. Fix every blocker, read every warning, "
                   "then confirm what will be touched and run."));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("Check"), tr("Found"), tr("Expected"), tr("Remedy")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 300);
    m_list->setColumnWidth(1, 240);
    m_list->setColumnWidth(2, 200);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_ack = new QCheckBox(tr("I have read the warnings and want to go on"), this);
    m_again = new QPushButton(tr("Check again"), this);
    m_copy = new QPushButton(tr("Copy remedy"), this);
    m_copy->setToolTip(tr("Copy the selected check's remedy to the clipboard"));
    m_fix = new QPushButton(tr("Fix this"), this);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("Let pgcrossing apply the fix-up the remedy describes when it runs, then check again"));
    m_fix->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_fix);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_again);
    // The selected check in full: the columns above are cut to fit, a remedy often is not short.
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setVisible(false);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_detail->setVisible(item != nullptr);
        m_fix->setEnabled(item && !item->data(2, Qt::UserRole).toString().isEmpty() && !m_watch.isRunning());
        if (!item)
            return;
        QString html = QStringLiteral("<b>%1</b><br>%2 %3<br>%4 %5")
                           .arg(item->text(0).toHtmlEscaped(), tr("Found:"), item->text(1).toHtmlEscaped(), tr("Expected:"),
                                item->text(2).toHtmlEscaped());
        if (!item->text(3).isEmpty())
            html += QStringLiteral("<br>%1 %2").arg(tr("Remedy:"), item->text(3).toHtmlEscaped());
        m_detail->setText(html);
    });
    layout->addWidget(m_ack);
    m_plan = new QLabel(this);
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_plan->setFrameShape(QFrame::StyledPanel);
    m_plan->setMargin(6);
    layout->addWidget(m_plan);
    m_confirm = new QCheckBox(tr("I have read what will be touched and want to run it"), this);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_again, &QPushButton::clicked, this, &PreflightPage::runAgain);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        WizardState &s = m_wizard->state();
        if (!item || !s.session)
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
        if (QTreeWidgetItem *item = m_list->currentItem())
            QApplication::clipboard()->setText(item->text(3));
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
    m_fix->setEnabled(false);
    m_list->clear();
    m_summary->setText(tr("Checking both hosts …"));
    Q_EMIT completeChanged();
    MigrationSession *session = s.session.get();
    m_watch.setFuture(QtConcurrent::run([session] { return session->preflight(); }));
}

void PreflightPage::render(const QList<CheckResult> &checks)
{
    m_list->clear();
    m_detail->setVisible(false);
    int blockers = 0, warnings = 0, passed = 0;
    for (const CheckResult &c : checks) {
        const bool ok = c.status == CheckResult::Status::Passed || c.status == CheckResult::Status::Skipped;
        const QString kind = ok ? QStringLiteral("passed") : c.blocks() ? QStringLiteral("blocker") : QStringLiteral("warning");
        auto *item = new QTreeWidgetItem(m_list, {c.title, c.found, c.expected, ok ? QString() : c.remedy});
        item->setIcon(0, StatusIcon::forStatus(kind));
        item->setData(0, Qt::UserRole, c.id);
        item->setData(1, Qt::UserRole, kind);
        item->setData(2, Qt::UserRole, ok ? QString() : c.fix);
        for (int col = 0; col < 4; ++col)
            item->setToolTip(col, item->text(col));
        if (kind == QLatin1String("blocker"))
            item->setForeground(0, QColor(0xb0, 0x00, 0x20));
        blockers += kind == QLatin1String("blocker");
        warnings += kind == QLatin1String("warning");
        passed += kind == QLatin1String("passed");
    }
    m_blocked = MigrationSession::blocked(checks) || checks.isEmpty();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(1, Qt::UserRole).toString() != QLatin1String("passed")) {
            m_list->setCurrentItem(m_list->topLevelItem(i)); // the first problem, shown in full
            break;
        }
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

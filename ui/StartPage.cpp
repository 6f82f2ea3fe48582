#include "StartPage.h"

#include "HostsPage.h"
#include "Language.h"
#include "MigrationWizard.h"
#include "StatusIcon.h"
#include "history/SessionHistory.h"
#include "model/PlanFile.h"
#include "session/DemoEnvironment.h"
#include "session/SetupDraft.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QTreeWidget>
#include <QtConcurrent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pgcrossing {

StartPage::StartPage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Start"));
    setSubTitle(tr("Carry PostgreSQL databases from one host to another, and prove that nothing was lost."));
    auto *layout = new QVBoxLayout(this);
    m_new = new QRadioButton(tr("&New migration — describe the source and the target"), this);
    m_demo = new QRadioButton(tr("Try the &demo — two local PostgreSQL servers with sample data, no SSH needed"), this);
    m_plan = new QRadioButton(tr("&Load a plan… — a plan exported earlier or written for pgcrossing-cli"), this);
    m_demoNote = new QLabel(this);
    m_demoNote->setWordWrap(true);
    m_demoNote->setIndent(24);
    m_demoNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_draft = new QRadioButton(this);
    m_draft->setObjectName(QStringLiteral("draft"));
    m_draft->setVisible(false);
    m_resetDemo = new QPushButton(tr("Reset the demo…"), this);
    m_resetDemo->setToolTip(tr("Empties the demo's target and makes the demo's source databases again from the sample "
                               "data: use it after a stop-write run left the source read-only or the target full."));
    m_new->setChecked(true);
    layout->addWidget(m_draft);
    layout->addWidget(m_new);
    layout->addWidget(m_demo);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demoNote, 1);
    demoRow->addWidget(m_resetDemo, 0, Qt::AlignTop);
    layout->addLayout(demoRow);
    layout->addWidget(m_plan);
    m_past = new QRadioButton(tr("&Reopen a past session — its diff (verify again) and its report"), this);
    m_history = new QTreeWidget(this);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Started"), tr("Source → target"), tr("Databases"), tr("Mode"), tr("Outcome"), tr("Verification")});
    // Whole dates, modes and outcomes; the hosts take what is left (the full text on hover).
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_history->header()->resizeSection(2, 180);
    m_history->header()->setStretchLastSection(false);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_past);
    layout->addWidget(m_history, 1);
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (m_history->currentItem())
            m_past->setChecked(true);
        Q_EMIT completeChanged();
    });
    connect(m_history, &QTreeWidget::itemDoubleClicked, this, [this] { m_wizard->next(); });
    connect(m_past, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    connect(m_resetDemo, &QPushButton::clicked, this, &StartPage::resetDemo);
    connect(&m_demoReset, &QFutureWatcher<QStringList>::finished, this, [this] {
        if (demoJobDone(m_demoReset.result()))
            m_demoNote->setText(m_demoNote->text() + QStringLiteral("<br>") +
                                tr("The demo is as new: its target is empty and its source holds the sample data again."));
    });
    connect(m_plan, &QRadioButton::toggled, this, [this] { m_planPath.clear(); }); // choosing it again asks for a file
    connect(&m_demoStart, &QFutureWatcher<QStringList>::finished, this, [this] {
        if (demoJobDone(m_demoStart.result()))
            m_wizard->next();
    });
    auto *cli = new QLabel(tr("Everything this wizard does, <tt>pgcrossing-cli</tt> does headlessly from a plan file: "
                              "run <tt>pgcrossing-cli --help</tt>."),
                           this);
    cli->setWordWrap(true);
    cli->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addSpacing(12);
    layout->addWidget(cli);
    // Settings: the language (English, Simplified Chinese, or the system's), kept for the next start.
    auto *languageRow = new QHBoxLayout;
    auto *language = new QComboBox(this);
    language->setObjectName(QStringLiteral("language"));
    for (const auto &[code, name] : Language::available())
        language->addItem(name, code);
    language->setCurrentIndex(qMax(0, language->findData(Language::current())));
    auto *languageNote = new QLabel(this);
    languageRow->addWidget(new QLabel(tr("Language:"), this));
    languageRow->addWidget(language);
    languageRow->addWidget(languageNote, 1);
    layout->addLayout(languageRow);
    connect(language, &QComboBox::currentIndexChanged, this, [language, languageNote] {
        Language::set(language->currentData().toString());
        languageNote->setText(tr("Applies the next time pgcrossing starts."));
    });
    refresh();
}

void StartPage::refresh()
{
    const QString env = m_wizard->demoEnvironment();
    const bool running = !env.isEmpty() && QFile::exists(env);
    const bool startable = !DemoEnvironment::script().isEmpty();
    m_demo->setEnabled(running || startable);
    m_demoNote->setText(running     ? tr("Source and target run on this machine (described by %1).").arg(env.toHtmlEscaped())
                        : startable ? tr("Starts two PostgreSQL servers on this machine with sample data (a few seconds; "
                                         "needs root); they stop when the wizard closes.")
                                    : tr("The demo is not installed with this program: run <tt>bash scripts/demo.sh</tt> "
                                         "from the source tree."));
    if (running && !m_draft->isChecked())
        m_demo->setChecked(true);
    m_resetDemo->setEnabled(running || startable);

    SetupDraft draft;
    QString draftError;
    const bool hasDraft = QFile::exists(m_wizard->draftPath()) && SetupDraft::load(m_wizard->draftPath(), &draft, &draftError);
    m_draft->setVisible(hasDraft);
    if (hasDraft) {
        QStringList dbs;
        for (const DatabaseMapping &m : draft.plan.options.databases)
            dbs << m.source;
        m_draft->setText(tr("&Continue the unfinished setup of %1 — %2 → %3 (%4)")
                             .arg(QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat),
                                  draft.demo ? tr("the demo's source") : draft.plan.source.fullLabel(),
                                  draft.demo ? tr("the demo's target") : draft.plan.target.fullLabel(),
                                  dbs.isEmpty() ? wordOf(draft.plan.options.mode)
                                                : tr("%1: %2").arg(wordOf(draft.plan.options.mode), dbs.join(QStringLiteral(", ")))));
        // Offered first once; a choice the user makes afterwards (the demo, say) is not taken back.
        if (!m_draftOffered)
            m_draft->setChecked(true);
        m_draftOffered = true;
    } else if (m_draft->isChecked()) {
        m_new->setChecked(true);
    }

    m_history->clear();
    const QString root = m_wizard->state().sessionsRoot.isEmpty() ? MigrationSession::defaultSessionsRoot() : m_wizard->state().sessionsRoot;
    SessionHistory history(SessionHistory::pathFor(root));
    QString error;
    const QList<SessionSummary> sessions = QFile::exists(history.path()) && history.open(&error) ? history.list(&error) : QList<SessionSummary>{};
    for (const SessionSummary &s : sessions) {
        auto *item = new QTreeWidgetItem(m_history, {QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat),
                                                     s.sourceLabel + QStringLiteral(" → ") + s.targetLabel,
                                                     s.databases.isEmpty() ? tr("all databases") : s.databases.join(QStringLiteral(", ")),
                                                     wordOf(s.mode), wordOf(s.outcome),
                                                     s.verdict == VerificationVerdict::NotVerified ? tr("not verified") : wordOf(s.verdict)});
        // The end state (EndState) with its icon and colour: never green above a difference.
        item->setIcon(4, StatusIcon::forStatus(s.outcome));
        if (s.verdict == VerificationVerdict::Different || s.verdict == VerificationVerdict::Error)
            item->setIcon(5, StatusIcon::forStatus(QStringLiteral("blocker")));
        else if (s.verdict == VerificationVerdict::Equal)
            item->setIcon(5, StatusIcon::forStatus(QStringLiteral("passed")));
        item->setData(0, Qt::UserRole, s.recordPath);
        item->setData(3, Qt::UserRole, int(s.mode));
        for (int c = 0; c < m_history->columnCount(); ++c)
            item->setToolTip(c, item->text(c));
    }
    m_past->setEnabled(!sessions.isEmpty());
    m_history->setEnabled(!sessions.isEmpty());
    if (!error.isEmpty())
        m_demoNote->setText(m_demoNote->text() + QStringLiteral("<br>") + tr("The session history cannot be read: %1").arg(error.toHtmlEscaped()));
}

void StartPage::initializePage()
{
    refresh();
}

void StartPage::chooseNew()
{
    m_new->setChecked(true);
}

bool StartPage::isComplete() const
{
    return !m_past->isChecked() || m_history->currentItem();
}

int StartPage::nextId() const
{
    if (!m_past->isChecked())
        return MigrationWizard::Hosts;
    // A past session opens on its diff (with "Verify again"), then its report; a backup has no diff.
    const QTreeWidgetItem *item = m_history->currentItem();
    return item && item->data(3, Qt::UserRole).toInt() == int(PlanOptions::Mode::BackupOnly) ? MigrationWizard::Report
                                                                                               : MigrationWizard::Verify;
}

bool StartPage::reopen(const QString &recordPath, QString *error)
{
    WizardState &s = m_wizard->state();
    // Secrets are not in the record: those remembered in the keychain let "Verify again" log in.
    SessionRecord record;
    if (!SessionRecord::load(recordPath, &record, error))
        return false;
    HostsPage *hosts = m_wizard->hostsPage();
    auto session = MigrationSession::open(recordPath, hosts->rememberedSecrets(record.source),
                                          hosts->rememberedSecrets(record.target), error);
    if (!session)
        return false;
    s.source = record.source;
    s.target = record.target;
    s.options = record.options;
    s.session = std::move(session);
    return true;
}

void StartPage::startDemo()
{
    if (m_demoStart.isRunning())
        return;
    setEnabled(false);
    m_demoNote->setText(tr("Starting the demo servers …"));
    const QString dir = DemoEnvironment::defaultDir();
    m_demoStart.setFuture(QtConcurrent::run([dir] {
        QString env, error;
        const bool ok = DemoEnvironment::start(dir, &env, &error);
        return QStringList{ok ? env : QString(), error, dir};
    }));
}

bool StartPage::demoJobDone(const QStringList &result)
{
    setEnabled(true);
    if (result.value(0).isEmpty()) {
        m_demoNote->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(result.value(1).toHtmlEscaped()));
        return false;
    }
    m_wizard->setDemoEnvironment(result.value(0), result.value(2));
    return true;
}

void StartPage::resetDemo()
{
    if (m_demoReset.isRunning() || m_demoStart.isRunning())
        return;
    QMessageBox box(QMessageBox::Question, tr("Reset the demo"),
                    tr("Empty the demo's target and make the demo's source databases again from the sample data? "
                       "Everything done on the demo servers is lost (a write hold left on the source goes with it). "
                       "Nothing else is touched."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("resetDemoQuestion"));
    QPushButton *reset = box.addButton(tr("Reset the demo"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != reset)
        return;
    setEnabled(false);
    m_demoNote->setText(tr("Resetting the demo servers …"));
    // The demo the wizard uses (maybe one given with --demo), or the default one; a demo that was running
    // already is not the wizard's to stop when it closes.
    const QString env = m_wizard->demoEnvironment();
    const bool running = !env.isEmpty() && QFile::exists(env);
    const QString dir = running ? QFileInfo(env).absolutePath() : DemoEnvironment::defaultDir();
    m_demoReset.setFuture(QtConcurrent::run([dir, running] {
        QString envFile, error;
        const bool ok = DemoEnvironment::reset(dir, &envFile, &error);
        return QStringList{ok ? envFile : QString(), error, running ? QString() : dir};
    }));
}

bool StartPage::reopenDraft(QString *error)
{
    SetupDraft draft;
    if (!SetupDraft::load(m_wizard->draftPath(), &draft, error))
        return false;
    WizardState &s = m_wizard->state();
    if (draft.demo) {
        if (!fillFromDemo(error))
            return false;
    } else {
        s.source = draft.plan.source;
        s.target = draft.plan.target;
        s.sourceSecrets = {};
        s.targetSecrets = {};
    }
    s.options = draft.plan.options;
    SetupDraft::remove(m_wizard->draftPath()); // taken up again; closing before a run asks anew
    return true;
}

QString StartPage::demoStartedDir() const
{
    // A start, or a reset that had to start the demo: each says where, once it is done.
    for (const QFutureWatcher<QStringList> *job : {&m_demoStart, &m_demoReset}) {
        if (!job->isFinished() || job->future().resultCount() == 0)
            continue;
        const QStringList r = job->result();
        if (!r.value(0).isEmpty() && !r.value(2).isEmpty())
            return r.value(2);
    }
    return {};
}

void StartPage::chooseDemo()
{
    m_demo->setChecked(true);
}

bool StartPage::fillFromDemo(QString *error)
{
    QFile f(m_wizard->demoEnvironment());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the demo description %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    QMap<QString, QString> v;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line);
        QString value = l.section(QLatin1Char('='), 1);
        if (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2).replace(QStringLiteral("'\\''"), QStringLiteral("'"));
        v.insert(l.section(QLatin1Char('='), 0, 0), value);
    }
    WizardState &s = m_wizard->state();
    s.onDemo = true;
    for (auto [e, secrets, port] : {std::tuple{&s.source, &s.sourceSecrets, v.value(QStringLiteral("PGX_SRC_PGPORT"))},
                                    std::tuple{&s.target, &s.targetSecrets, v.value(QStringLiteral("PGX_DST_PGPORT"))}}) {
        const QString role = e->role;
        *e = Endpoint{};
        e->role = role;
        e->kind = Endpoint::Kind::Local;
        e->pg.host = v.value(QStringLiteral("PGX_PG_HOST"));
        e->pg.port = port.toInt();
        e->pg.user = v.value(QStringLiteral("PGX_PG_USER"));
        e->pg.binDir = v.value(QStringLiteral("PGX_PG_BINDIR"));
        *secrets = EndpointSecrets{};
        secrets->pgPassword = v.value(QStringLiteral("PGX_PG_PASSWORD")).toUtf8();
    }
    if (!s.source.pg.port || !s.target.pg.port) {
        *error = tr("The demo description %1 names no ports: restart the demo.").arg(f.fileName());
        return false;
    }
    return true;
}

bool StartPage::loadPlan(const QString &path, QString *error)
{
    PlanFile plan;
    if (!PlanFile::load(path, &plan, error))
        return false;
    WizardState &s = m_wizard->state();
    s.source = plan.source;
    s.target = plan.target;
    s.options = plan.options;
    s.sourceSecrets = {};
    s.targetSecrets = {};
    m_plan->setChecked(true);
    m_planPath = path;
    return true;
}

bool StartPage::validatePage()
{
    QString error;
    const bool draftOnDemo = m_draft->isChecked() && m_draft->isVisible() && [this] {
        SetupDraft d;
        QString e;
        return SetupDraft::load(m_wizard->draftPath(), &d, &e) && d.demo;
    }();
    if ((m_demo->isChecked() || draftOnDemo) && !QFile::exists(m_wizard->demoEnvironment())) {
        startDemo();
        return false; // Next again once the servers run
    }
    m_wizard->state().onDemo = false; // until the demo fills both sides
    if (m_draft->isChecked() && m_draft->isVisible()) {
        if (!reopenDraft(&error)) {
            QMessageBox::warning(this, tr("Continue the unfinished setup"), error);
            return false;
        }
    } else if (m_demo->isChecked()) {
        if (!fillFromDemo(&error)) {
            QMessageBox::warning(this, tr("Demo"), error);
            return false;
        }
    } else if (m_past->isChecked()) {
        if (!m_history->currentItem() || !reopen(m_history->currentItem()->data(0, Qt::UserRole).toString(), &error)) {
            QMessageBox::warning(this, tr("Reopen a session"), error.isEmpty() ? tr("Pick a session in the list.") : error);
            return false;
        }
        return true;
    } else if (m_plan->isChecked() && m_planPath.isEmpty()) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a plan"), {}, tr("Plans (*.json)"));
        if (path.isEmpty())
            return false;
        if (!loadPlan(path, &error)) {
            QMessageBox::warning(this, tr("Load a plan"), error);
            return false;
        }
    }
    // A new migration (new, demo, plan) gets a session of its own on the Preflight page: a past one reopened
    // earlier is let go, never reused or discarded.
    m_wizard->state().session.reset();
    if (m_new->isChecked())
        m_wizard->hostsPage()->restoreSecrets(); // the last profiles stay; remembered passwords join them
    else
        m_wizard->hostsPage()->loadFromState();
    return true;
}

} // namespace pgcrossing

#include "ModePage.h"

#include "MigrationWizard.h"
#include "PlanSummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pgcrossing {

namespace {
// A cautious throughput for estimates: dump, transfer and restore with index builds, on ordinary disks.
constexpr double kBytesPerSecond = 40.0 * 1024 * 1024;

QString duration(double seconds)
{
    if (seconds < 60)
        return QObject::tr("under a minute");
    if (seconds < 3600)
        return QObject::tr("about %n minute(s)", nullptr, int(seconds / 60 + 0.5));
    return QObject::tr("about %1 h").arg(seconds / 3600, 0, 'f', 1);
}
} // namespace

ModePage::ModePage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Mode"));
    setSubTitle(tr("Choose how to carry the databases. The checklist on the next page judges these choices."));
    auto *layout = new QVBoxLayout(this);
    auto *modes = new QGroupBox(tr("Mode"), this);
    auto *modesLayout = new QVBoxLayout(modes);
    m_backup = new QRadioButton(tr("&Backup only"), modes);
    m_copy = new QRadioButton(tr("&Copy"), modes);
    m_stopWrite = new QRadioButton(tr("&Stop-write migration"), modes);
    m_backupText = new QLabel(modes);
    m_copyText = new QLabel(modes);
    m_stopWriteText = new QLabel(modes);
    for (auto [button, text] : {std::pair{m_backup, m_backupText}, std::pair{m_copy, m_copyText}, std::pair{m_stopWrite, m_stopWriteText}}) {
        text->setWordWrap(true);
        text->setIndent(24);
        modesLayout->addWidget(button);
        modesLayout->addWidget(text);
        connect(button, &QRadioButton::toggled, this, &ModePage::updateSummary);
    }
    layout->addWidget(modes);

    auto *opts = new QGroupBox(tr("Options"), this);
    auto *form = new QFormLayout(opts);
    m_transfer = new QComboBox(opts);
    m_transfer->addItem(tr("Streamed through this machine (no dump files)"), int(PlanOptions::Transfer::Stream));
    m_transfer->addItem(tr("Via dump files on both hosts (kept as rollback artifacts)"), int(PlanOptions::Transfer::Files));
    m_hold = new QCheckBox(tr("Hold writes on the source: make it read-only and end other sessions (undone on failure and "
                              "from the report)"), opts);
    m_replace = new QCheckBox(tr("Replace existing target databases (the old one is renamed aside, never dropped)"), opts);
    m_reindex = new QCheckBox(tr("Rebuild the indexes after the restore (REINDEX; ANALYZE always runs)"), opts);
    m_backupDir = new QLineEdit(opts);
    m_backupDir->setPlaceholderText(tr("default: the session folder"));
    form->addRow(tr("Transfer:"), m_transfer);
    form->addRow(m_hold);
    form->addRow(m_replace);
    form->addRow(m_reindex);
    form->addRow(tr("Backup folder:"), m_backupDir);
    // The runbooks' validation queries, compared on both sides after the tables (read-only there).
    m_checks = new QPlainTextEdit(opts);
    m_checks->setObjectName(QStringLiteral("ownChecks"));
    m_checks->setPlaceholderText(tr("Your own checks, one per line, run read-only on both sides after the copy and "
                                    "compared: active users = SELECT count(*) FROM users WHERE active "
                                    "(or account:active users = … for one database)"));
    m_checks->setTabChangesFocus(true);
    m_checks->setFixedHeight(m_checks->fontMetrics().lineSpacing() * 3 + 12);
    m_checksError = new QLabel(opts);
    m_checksError->setWordWrap(true);
    m_checksError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_checksError->setVisible(false);
    form->addRow(tr("Your checks:"), m_checks);
    form->addRow(QString(), m_checksError);
    connect(m_checks, &QPlainTextEdit::textChanged, this, &ModePage::updateSummary);
    layout->addWidget(opts);
    for (QCheckBox *c : {m_hold, m_replace, m_reindex})
        connect(c, &QCheckBox::toggled, this, &ModePage::updateSummary);
    connect(m_transfer, &QComboBox::currentIndexChanged, this, &ModePage::updateSummary);

    // What the plan will do, one step a line: it takes the room left and scrolls when the plan is long.
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setMargin(8);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
}

void ModePage::initializePage()
{
    const WizardState &s = m_wizard->state();
    qint64 bytes = 0;
    for (const DatabaseMapping &m : s.options.databases)
        for (const DatabaseInfo &d : s.sourceProbe.databases)
            if (d.name == m.source)
                bytes += d.bytes;
    const QString size = QLocale().formattedDataSize(bytes);
    const QString time = duration(bytes / kBytesPerSecond);
    m_backupText->setText(tr("Dump the databases (pg_dump -Fc) and their roles to files. Nothing is written anywhere "
                             "else; the source stays online. %1 to read, %2.").arg(size, time));
    m_copyText->setText(tr("Copy the databases to the target while the source stays online. Downtime: none — but "
                           "writes made on the source after the copy starts are not carried. %1, %2.").arg(size, time));
    m_stopWriteText->setText(tr("Writes to the source stop for the whole run: you stop the applications yourself, or "
                                "tick Hold writes below and pgcrossing makes the source read-only. pgcrossing checks that "
                                "nothing writes, copies, verifies; then you point the applications at the target. "
                                "Downtime: %1 for %2.").arg(time, size));
    switch (s.options.mode) {
    case PlanOptions::Mode::BackupOnly: m_backup->setChecked(true); break;
    case PlanOptions::Mode::StopWrite: m_stopWrite->setChecked(true); break;
    case PlanOptions::Mode::Copy:
    case PlanOptions::Mode::VerifyOnly: m_copy->setChecked(true); break; // the wizard carries; verify-only is the CLI's
    }
    m_transfer->setCurrentIndex(m_transfer->findData(int(s.options.transfer)));
    m_hold->setChecked(s.options.holdWrites);
    m_replace->setChecked(s.options.replaceExisting);
    m_reindex->setChecked(s.options.reindex);
    m_backupDir->setText(s.options.backupDir);
    QStringList lines;
    for (const VerifyQuery &q : s.options.verifyQueries)
        lines << (q.database.isEmpty() ? QString() : q.database + QLatin1Char(':')) + q.name + QStringLiteral(" = ") + q.sql;
    m_checks->setPlainText(lines.join(QLatin1Char('\n')));
    updateSummary();
}

void ModePage::chooseMode(int mode)
{
    switch (PlanOptions::Mode(mode)) {
    case PlanOptions::Mode::BackupOnly: m_backup->click(); break;
    case PlanOptions::Mode::StopWrite: m_stopWrite->click(); break;
    case PlanOptions::Mode::Copy:
    case PlanOptions::Mode::VerifyOnly: m_copy->click(); break;
    }
}

void ModePage::updateSummary()
{
    const bool stopWrite = m_stopWrite->isChecked();
    m_hold->setEnabled(stopWrite);
    if (!stopWrite)
        m_hold->setChecked(false);
    m_replace->setEnabled(!m_backup->isChecked());
    m_reindex->setEnabled(!m_backup->isChecked());
    m_transfer->setEnabled(!m_backup->isChecked());
    m_backupDir->setEnabled(m_backup->isChecked());
    m_checks->setEnabled(!m_backup->isChecked()); // a backup has no target to compare with

    WizardState &s = m_wizard->state();
    PlanOptions o = s.options;
    o.mode = m_backup->isChecked() ? PlanOptions::Mode::BackupOnly : stopWrite ? PlanOptions::Mode::StopWrite : PlanOptions::Mode::Copy;
    o.transfer = PlanOptions::Transfer(m_transfer->currentData().toInt());
    o.holdWrites = m_hold->isChecked();
    o.replaceExisting = m_replace->isChecked() && !m_backup->isChecked();
    o.reindex = m_reindex->isChecked() && !m_backup->isChecked();
    o.backupDir = m_backupDir->text().trimmed();
    o.verifyQueries.clear();
    QStringList wrong;
    const QStringList lines = m_checks->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty() || m_backup->isChecked())
            continue;
        VerifyQuery q;
        QString error;
        if (VerifyQuery::parse(lines[i], &q, &error))
            o.verifyQueries << q;
        else
            wrong << tr("line %1: %2").arg(i + 1).arg(error);
    }
    const bool wasComplete = isComplete();
    m_checksError->setText(wrong.join(QLatin1Char('\n')));
    m_checksError->setVisible(!wrong.isEmpty());
    if (wasComplete != isComplete())
        Q_EMIT completeChanged();
    s.options = o;

    m_summary->setText(PlanSummary::html(s, o));
}

bool ModePage::isComplete() const
{
    return m_checksError->text().isEmpty();
}

bool ModePage::validatePage()
{
    updateSummary(); // the options the checklist on the next page judges
    return true;
}

} // namespace pgcrossing

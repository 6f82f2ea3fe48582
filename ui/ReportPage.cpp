#include "ReportPage.h"

#include "MigrationWizard.h"
#include "StatusIcon.h"
#include "PdfReport.h"
#include "model/PlanFile.h"
#include "report/ReportBuilder.h"
#include "report/RichTextReport.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pgcrossing {

namespace {
QList<SourceChange> pendingChanges(const SessionRecord &record)
{
    QList<SourceChange> out;
    for (const auto &c : record.changes)
        if (!c.reverted)
            out << c;
    return out;
}
} // namespace

ReportPage::ReportPage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Report"));
    setSubTitle(tr("What happened, what changed where, and how to roll back. Save it with the session."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_view = new QTextBrowser(this);
    m_view->setOpenExternalLinks(false);
    m_saved = new QLabel(this);
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // The source still changed by this session: the way to undo it, where it is read.
    m_revert = new QPushButton(tr("Revert now"), this);
    m_revert->setObjectName(QStringLiteral("revert-now"));
    m_revert->setToolTip(tr("Undo on the source the changes this session made there (the write hold), so that it accepts writes again"));
    m_revert->setVisible(false);
    m_revertResult = new QLabel(this);
    m_revertResult->setWordWrap(true);
    m_revertResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_revertResult->setVisible(false);
    auto *revertRow = new QHBoxLayout;
    revertRow->addWidget(m_revert);
    revertRow->addWidget(m_revertResult, 10);
    revertRow->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save reports\u2026"), this);
    m_save->setToolTip(tr("HTML, Markdown, PDF and the session record (JSON), into a folder you choose"));
    m_export = new QPushButton(tr("Export plan\u2026"), this);
    m_export->setToolTip(tr("A plan file for pgcrossing-cli --plan (no passwords in it)"));
    m_open = new QPushButton(tr("Open session folder"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_open);
    layout->addWidget(m_verdict);
    layout->addLayout(revertRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_saved);

    connect(m_revert, &QPushButton::clicked, this, &ReportPage::confirmAndRevert);
    connect(&m_revertWatcher, &QFutureWatcher<StepResult>::finished, this, &ReportPage::revertFinished);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const WizardState &s = m_wizard->state();
        if (!s.session)
            return;
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save reports into"), s.session->dir());
        if (folder.isEmpty())
            return;
        QStringList written;
        QString error;
        if (saveReports(folder, &written, &error))
            m_saved->setText(tr("Saved in %1: %2")
                                 .arg(QDir::toNativeSeparators(folder),
                                      [&written] {
                                          QStringList names;
                                          for (const QString &f : written)
                                              names << QFileInfo(f).fileName();
                                          return names.join(QStringLiteral(", "));
                                      }()));
        else
            QMessageBox::warning(this, tr("Save reports"), error);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export plan"), QStringLiteral("plan.json"), tr("Plans (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportPlan(path, &error))
            QMessageBox::warning(this, tr("Export plan"), error);
        else if (!path.isEmpty())
            m_saved->setText(tr("Plan exported: %1 — run it with pgcrossing-cli migrate --plan %1").arg(path));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const WizardState &s = m_wizard->state();
        QDesktopServices::openUrl(QUrl::fromLocalFile(s.session ? s.session->dir() : MigrationSession::defaultSessionsRoot()));
    });
}

void ReportPage::initializePage()
{
    m_revertResult->clear();
    m_revertResult->setVisible(false);
    render();
    const WizardState &s = m_wizard->state();
    if (s.session)
        m_saved->setText(tr("Session folder: %1").arg(QDir::toNativeSeparators(s.session->dir())));
}

void ReportPage::render()
{
    const WizardState &s = m_wizard->state();
    if (!s.session)
        return;
    const SessionRecord record = s.session->record();
    // The end state (EndState), the same words and colours as the report's banner: green only for a plain
    // Succeeded, and every reason it is not.
    const EndState end = record.endState();
    const QString colour = StatusIcon::colourOf(end.outcome);
    QString text = QStringLiteral("<span style='color:%1; font-size:large'><b>%2</b></span>")
                       .arg(colour, tr("Outcome: %1").arg(wordOf(end.outcome)).toHtmlEscaped());
    if (!end.reasons.isEmpty()) {
        text += QStringLiteral("<ul style='margin-top:2px'>");
        for (const QString &r : end.reasons)
            text += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    m_verdict->setText(text);
    // The same document as the PDF: contents as links, the verification picture drawn for this screen.
    const ReportDocument doc = ReportBuilder::build(record.toJson(), s.session->recordPath());
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;
    PdfReport::provideCharts(m_view->document(), doc, devicePixelRatioF());
    m_view->document()->setDefaultFont(PdfReport::bodyFont(font().pointSizeF() > 0 ? font().pointSizeF() : 10));
    m_view->setHtml(RichTextReport::render(doc));
    if (m_view->verticalScrollBar())
        m_view->verticalScrollBar()->setValue(scroll);
    const QList<SourceChange> pending = pendingChanges(record);
    m_revert->setVisible(!pending.isEmpty());
    m_revert->setEnabled(!m_reverting);
    if (!pending.isEmpty() && !m_reverting && m_revertResult->text().isEmpty()) {
        // The changes are named in the outcome just above; here, how many and what the button does.
        m_revertResult->setText(QStringLiteral("<span style='color:#7a4a00'>\u26A0 %1</span>")
                                    .arg(tr("Still in place on the source: %n change(s), named above. Revert now undoes them.", "",
                                            int(pending.size()))
                                             .toHtmlEscaped()));
        m_revertResult->setVisible(true);
    }
}

void ReportPage::confirmAndRevert()
{
    const WizardState &s = m_wizard->state();
    if (!s.session || m_reverting)
        return;
    const QList<SourceChange> pending = pendingChanges(s.session->record());
    if (pending.isEmpty())
        return;
    QStringList what;
    for (const auto &c : pending)
        what << QStringLiteral("\u2022 ") + (c.description.isEmpty() ? c.id : c.description);
    QMessageBox box(QMessageBox::Question, tr("Revert now"),
                    tr("Undo these changes on the source?"), QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("revert-confirm"));
    box.setInformativeText(tr("%1\n\nThe source then accepts writes again: if the applications already write to the "
                              "target, writes to the source are no longer held back.")
                               .arg(what.join(QLatin1Char('\n'))));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Revert now"));
    if (box.exec() != QMessageBox::Yes)
        return;
    m_reverting = true;
    m_revert->setEnabled(false);
    m_revertResult->setVisible(true);
    m_revertResult->setText(tr("Reverting the changes on the source\u2026"));
    MigrationSession *session = s.session.get();
    // The record, its reports and its history row are rewritten in the same job (the session judged again):
    // they say so even when the window closes before the job's end is shown.
    m_revertWatcher.setFuture(QtConcurrent::run([session] {
        StepResult r = session->revertSourceChanges();
        QStringList written;
        QString error;
        if (!session->finish(&written, &error))
            r.details += (r.details.isEmpty() ? QString() : QStringLiteral("\n")) + error;
        return r;
    }));
}

void ReportPage::revertFinished()
{
    const StepResult r = m_revertWatcher.result();
    m_reverting = false;
    if (r.succeeded())
        m_revertResult->setText(QStringLiteral("<span style='color:#1b7f3b'>\u2713 %1</span>")
                                    .arg(tr("Reverted: the source accepts writes again.").toHtmlEscaped() +
                                         (r.message.isEmpty() ? QString() : QStringLiteral(" ") + r.message.toHtmlEscaped())));
    else
        m_revertResult->setText(QStringLiteral("<span style='color:#b00020'>\u2717 %1</span>")
                                    .arg(tr("Could not revert: %1").arg(r.message).toHtmlEscaped() +
                                         (r.details.isEmpty() ? QString() : QStringLiteral("<br>") + r.details.toHtmlEscaped())));
    render();
}

void ReportPage::cleanupPage()
{
    // Leaving the page (Back) may let its session go: an undo running on it ends first (it is never left half-way).
    m_revertWatcher.waitForFinished();
    QWizardPage::cleanupPage();
}

bool ReportPage::saveReports(QStringList *written, QString *error)
{
    const WizardState &s = m_wizard->state();
    if (!s.session) {
        *error = tr("No session to report on.");
        return false;
    }
    return saveReports(s.session->dir(), written, error);
}

bool ReportPage::saveReports(const QString &folder, QStringList *written, QString *error)
{
    const WizardState &s = m_wizard->state();
    if (!s.session) {
        *error = tr("No session to report on.");
        return false;
    }
    QStringList inSession;
    if (!s.session->finish(&inSession, error))
        return false;
    const SessionRecord record = s.session->record();
    const QString pdf = QDir(s.session->dir()).filePath(QStringLiteral("report.pdf"));
    if (!PdfReport::write(ReportBuilder::build(record.toJson(), s.session->recordPath()), record.id, pdf, error))
        return false;
    inSession << pdf;
    if (QFileInfo(folder).canonicalFilePath() == QFileInfo(s.session->dir()).canonicalFilePath()) {
        *written << inSession;
        return true;
    }
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    for (const QString &file : inSession) {
        const QString copy = QDir(folder).filePath(QFileInfo(file).fileName());
        QFile::remove(copy);
        if (!QFile::copy(file, copy)) {
            *error = tr("Cannot copy %1 to %2.").arg(file, copy);
            return false;
        }
        *written << copy;
    }
    return true;
}

bool ReportPage::exportPlan(const QString &path, QString *error)
{
    const WizardState &s = m_wizard->state();
    PlanFile plan{s.source, s.target, s.session ? s.session->options() : s.options};
    return plan.save(path, error);
}

} // namespace pgcrossing

#include "ReportPage.h"

#include "MigrationWizard.h"
#include "PdfReport.h"
#include "model/PlanFile.h"
#include "report/ReportRenderer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace pgcrossing {

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
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save reports (HTML, Markdown, JSON, PDF)"), this);
    m_export = new QPushButton(tr("Export plan…"), this);
    m_export->setToolTip(tr("A plan file for pgcrossing-cli --plan (no passwords in it)"));
    m_open = new QPushButton(tr("Open sessions folder"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_open);
    layout->addWidget(m_verdict);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_saved);
    connect(m_save, &QPushButton::clicked, this, [this] {
        QStringList written;
        QString error;
        if (saveReports(&written, &error))
            m_saved->setText(tr("Saved: %1").arg(written.join(QStringLiteral(", "))));
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
    const WizardState &s = m_wizard->state();
    if (!s.session)
        return;
    // The end state (EndState), the same words and colours as the report's banner: green only for a plain
    // Succeeded, and every reason it is not.
    const EndState end = s.session->record().endState();
    const QString colour = end.outcome == SessionOutcome::Succeeded               ? QStringLiteral("#1b7f3b")
                           : end.outcome == SessionOutcome::SucceededWithWarnings ? QStringLiteral("#9a6700")
                           : end.outcome == SessionOutcome::Cancelled             ? QStringLiteral("#555555")
                                                                                   : QStringLiteral("#b00020");
    QString text = QStringLiteral("<span style='color:%1; font-size:large'><b>%2</b></span>")
                       .arg(colour, tr("Outcome: %1").arg(wordOf(end.outcome)).toHtmlEscaped());
    if (!end.reasons.isEmpty()) {
        text += QStringLiteral("<ul style='margin-top:2px'>");
        for (const QString &r : end.reasons)
            text += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    m_verdict->setText(text);
    m_view->setHtml(ReportRenderer::toHtml(s.session->record().toJson(), s.session->recordPath()));
    m_saved->setText(tr("Session folder: %1").arg(s.session->dir()));
}

bool ReportPage::saveReports(QStringList *written, QString *error)
{
    const WizardState &s = m_wizard->state();
    if (!s.session) {
        *error = tr("No session to report on.");
        return false;
    }
    if (!s.session->finish(written, error))
        return false;
    const QString pdf = QDir(s.session->dir()).filePath(QStringLiteral("report.pdf"));
    if (!PdfReport::write(ReportRenderer::toHtml(s.session->record().toJson(), s.session->recordPath()), pdf, error))
        return false;
    written->append(pdf);
    return true;
}

bool ReportPage::exportPlan(const QString &path, QString *error)
{
    const WizardState &s = m_wizard->state();
    PlanFile plan{s.source, s.target, s.session ? s.session->options() : s.options};
    return plan.save(path, error);
}

} // namespace pgcrossing

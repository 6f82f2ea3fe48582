#include "StartPage.h"

#include "HostsPage.h"
#include "MigrationWizard.h"
#include "model/PlanFile.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
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
    m_new->setChecked(true);
    layout->addWidget(m_new);
    layout->addWidget(m_demo);
    layout->addWidget(m_demoNote);
    layout->addWidget(m_plan);
    auto *cli = new QLabel(tr("Everything this wizard does, <tt>pgcrossing-cli</tt> does headlessly from a plan file: "
                              "run <tt>pgcrossing-cli --help</tt>."),
                           this);
    cli->setWordWrap(true);
    cli->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addSpacing(12);
    layout->addWidget(cli);
    layout->addStretch();
    refresh();
}

void StartPage::refresh()
{
    const QString env = m_wizard->demoEnvironment();
    const bool available = !env.isEmpty() && QFile::exists(env);
    m_demo->setEnabled(available);
    m_demoNote->setText(available ? tr("Source and target run on this machine (described by %1).").arg(env.toHtmlEscaped())
                                  : tr("The demo servers are not running: start them with <tt>bash scripts/demo.sh</tt>, "
                                       "which opens this wizard on them."));
    if (available)
        m_demo->setChecked(true);
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
    return true;
}

bool StartPage::validatePage()
{
    QString error;
    if (m_demo->isChecked()) {
        if (!fillFromDemo(&error)) {
            QMessageBox::warning(this, tr("Demo"), error);
            return false;
        }
    } else if (m_plan->isChecked()) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a plan"), {}, tr("Plans (*.json)"));
        if (path.isEmpty())
            return false;
        if (!loadPlan(path, &error)) {
            QMessageBox::warning(this, tr("Load a plan"), error);
            return false;
        }
    }
    m_wizard->hostsPage()->loadFromState();
    return true;
}

} // namespace pgcrossing

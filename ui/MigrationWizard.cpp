#include "MigrationWizard.h"

#include <QFile>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace pgcrossing {

MigrationWizard::MigrationWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("pgcrossing — PostgreSQL migration"));
    auto *welcome = new QWizardPage(this);
    welcome->setTitle(tr("Welcome"));
    auto *layout = new QVBoxLayout(welcome);
    auto *text = m_text = new QLabel(tr("The guided wizard is being built. Today, pgcrossing-cli migrates and verifies "
                               "databases headlessly: run <tt>pgcrossing-cli --help</tt>."),
                            welcome);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard); // commands are for copying
    layout->addWidget(text);
    addPage(welcome);
    resize(900, 640);
}

void MigrationWizard::setDemoEnvironment(const QString &envFile)
{
    QFile f(envFile);
    QString src, dst, srcSock, dstSock;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QString l = QString::fromUtf8(line).remove(QLatin1Char('\''));
            if (l.startsWith(QLatin1String("PGX_SRC_PGPORT=")))
                src = l.section(QLatin1Char('='), 1);
            else if (l.startsWith(QLatin1String("PGX_DST_PGPORT=")))
                dst = l.section(QLatin1Char('='), 1);
            else if (l.startsWith(QLatin1String("PGX_SRC_SOCKET=")))
                srcSock = l.section(QLatin1Char('='), 1);
            else if (l.startsWith(QLatin1String("PGX_DST_SOCKET=")))
                dstSock = l.section(QLatin1Char('='), 1);
        }
    }
    m_text->setText(tr("<p><b>Demo</b>: a source PostgreSQL on port %1 with sample databases, and an empty target "
                       "on port %2, both on this machine.</p><p>Try it headlessly:<br><tt>pgcrossing-cli migrate "
                       "--source local --target local --source-pg-host %3 --source-pg-port %1 "
                       "--target-pg-host %4 --target-pg-port %2</tt></p>")
                        .arg(src, dst, srcSock.toHtmlEscaped(), dstSock.toHtmlEscaped()));
}

} // namespace pgcrossing

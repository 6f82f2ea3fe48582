#include "MigrationWizard.h"

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
    auto *text = new QLabel(tr("The guided wizard is being built. Today, pgcrossing-cli migrates and verifies "
                               "databases headlessly: run <tt>pgcrossing-cli --help</tt>."),
                            welcome);
    text->setWordWrap(true);
    layout->addWidget(text);
    addPage(welcome);
    resize(900, 640);
}

} // namespace pgcrossing

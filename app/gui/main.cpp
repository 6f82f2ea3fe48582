#include "MigrationWizard.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pgcrossing"));
    QApplication::setOrganizationName(QStringLiteral("pgcrossing"));
    pgcrossing::MigrationWizard wizard;
    wizard.show();
    return app.exec();
}

#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pgcrossing"));
    QCoreApplication::setOrganizationName(QStringLiteral("pgcrossing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PGCROSSING_VERSION));
    return pgcrossing::CliApp().run(QCoreApplication::arguments());
}

#include "MigrationWizard.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pgcrossing"));
    QApplication::setOrganizationName(QStringLiteral("pgcrossing"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open on the built-in demo described by ENV_FILE (written by the sandbox)."),
                                  QStringLiteral("ENV_FILE"));
    parser.addOption(demo);
    parser.process(app);
    pgcrossing::MigrationWizard wizard;
    if (parser.isSet(demo))
        wizard.setDemoEnvironment(parser.value(demo));
    wizard.show();
    return app.exec();
}

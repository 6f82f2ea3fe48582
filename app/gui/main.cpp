#include "Language.h"
#include "MigrationWizard.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

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
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Show the interface in CODE for this run only: en, zh_CN, or system "
                                                 "(the saved setting is left as it is)."),
                                  QStringLiteral("CODE"));
    parser.addOption(lang);
    parser.process(app);

    QString language = pgcrossing::Language::current();
    if (parser.isSet(lang)) {
        language = pgcrossing::Language::normalize(parser.value(lang));
        if (language.isNull()) {
            std::fprintf(stderr, "pgcrossing: unknown language \"%s\" (use en, zh_CN or system)\n",
                         qUtf8Printable(parser.value(lang)));
            return 2;
        }
    }
    // Before the wizard exists: its pages set their texts once, when they are built.
    pgcrossing::Language::install(app, language);

    pgcrossing::MigrationWizard wizard;
    if (parser.isSet(demo))
        wizard.setDemoEnvironment(parser.value(demo));
    wizard.show();
    return app.exec();
}

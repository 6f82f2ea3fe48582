#include "CliApp.h"

#include "BackupCommand.h"
#include "CheckCommand.h"
#include "CliPrint.h"
#include "MigrateCommand.h"
#include "RevertCommand.h"
#include "VerifyCommand.h"

#include <QCoreApplication>
#include <cstdio>

namespace pgcrossing {

namespace {
const char *kSecretsAndExits = R"(
Secrets never go on the command line. They are read from the environment:
  PGCROSSING_SOURCE_PGPASSWORD, PGCROSSING_TARGET_PGPASSWORD       PostgreSQL passwords
  PGCROSSING_SOURCE_SSH_PASSWORD, PGCROSSING_TARGET_SSH_PASSWORD   SSH passwords
  PGCROSSING_SOURCE_KEY_PASSPHRASE, PGCROSSING_TARGET_KEY_PASSPHRASE
(or from files named by the same variables with a _FILE suffix).

Exit codes: 0 success · 1 bad input · 2 a preflight blocker failed · 3 the session failed ·
            4 verification found differences · 5 cancelled
)";
} // namespace

CliApp::CliApp()
{
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<RevertCommand>());
}

QString CliApp::overview() const
{
    QString text = QStringLiteral("usage: pgcrossing-cli COMMAND [options]\n\nCommands:\n");
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(c->name(), -9).arg(c->summary());
    text += QStringLiteral("\n`pgcrossing-cli COMMAND --help` lists the options of COMMAND.\n");
    return text + QString::fromUtf8(kSecretsAndExits);
}

int CliApp::run(const QStringList &all)
{
    const QStringList args = all.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::fputs(qPrintable(overview()), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? CliCommand::Usage : CliCommand::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("pgcrossing-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return CliCommand::Ok;
    }
    CliCommand *command = nullptr;
    for (const auto &c : m_commands)
        if (c->name() == args.first())
            command = c.get();
    if (!command) {
        CliPrint::err(QStringLiteral("unknown command \"%1\"; run pgcrossing-cli --help").arg(args.first()));
        return CliCommand::Usage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    CliOptions::addTo(parser, command->options());
    // QCommandLineParser skips the first word as the program's name.
    if (!parser.parse(QStringList{QStringLiteral("pgcrossing-cli")} + args.mid(1))) {
        // An option of another command: say which one takes it.
        QString error = parser.errorText();
        for (const QString &word : parser.unknownOptionNames()) {
            QStringList takers;
            const int mask = CliOptions::commandsTaking(word);
            for (const auto &other : m_commands)
                if (other->options() & mask)
                    takers << other->name();
            if (!takers.isEmpty()) {
                const QString last = takers.takeLast();
                error = takers.isEmpty() ? QStringLiteral("--%1 goes with the %2 command.").arg(word, last)
                                         : QStringLiteral("--%1 goes with the %2 or %3 commands.")
                                               .arg(word, takers.join(QStringLiteral(", ")), last);
                break;
            }
        }
        CliPrint::err(QStringLiteral("pgcrossing-cli %1: %2 Run pgcrossing-cli %1 --help for its options.").arg(command->name(), error));
        return CliCommand::Usage;
    }
    if (parser.optionNames().contains(QStringLiteral("help")) || parser.optionNames().contains(QStringLiteral("h"))) {
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')), QStringLiteral("usage: pgcrossing-cli %1 [options]").arg(command->name()));
        std::fputs(qPrintable(help + QString::fromUtf8(kSecretsAndExits)), stdout);
        return CliCommand::Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliPrint::err(QStringLiteral("pgcrossing-cli %1: unexpected argument \"%2\". Run pgcrossing-cli %1 --help for its options.")
                          .arg(command->name(), parser.positionalArguments().first()));
        return CliCommand::Usage;
    }
    return command->run(parser);
}

} // namespace pgcrossing

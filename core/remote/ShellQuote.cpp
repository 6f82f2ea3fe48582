#include "ShellQuote.h"

#include <QRegularExpression>

namespace pgcrossing::ShellQuote {

QString quote(const QString &word)
{
    // Words made only of characters no shell treats specially stay readable in logs.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!word.isEmpty() && safe.match(word).hasMatch())
        return word;
    QString out;
    out.reserve(word.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : word) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString join(const QStringList &argv)
{
    QStringList quoted;
    quoted.reserve(argv.size());
    for (const QString &w : argv)
        quoted << quote(w);
    return quoted.join(QLatin1Char(' '));
}

} // namespace pgcrossing::ShellQuote

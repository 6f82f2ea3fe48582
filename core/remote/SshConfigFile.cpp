#include "SshConfigFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pgcrossing {

QString SshConfigFile::defaultPath()
{
    return QDir::home().filePath(QStringLiteral(".ssh/config"));
}

QList<SshConfigFile::Alias> SshConfigFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<Alias> out;
    QList<int> current; // indexes in out of the aliases the current Host line named
    static const QRegularExpression split(QStringLiteral("^\\s*([^\\s=]+)\\s*(?:=|\\s)\\s*(.*?)\\s*$"));
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine());
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = split.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).toLower();
        QString value = m.captured(2);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("host")) {
            current.clear();
            for (const QString &name : value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                if (name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('?')) || name.startsWith(QLatin1Char('!')))
                    continue;
                current << int(out.size());
                out << Alias{name};
            }
        } else if (key == QLatin1String("match")) {
            current.clear();
        } else {
            for (int i : current) {
                Alias &a = out[i];
                // As ssh does: the first value given for a keyword wins.
                if (key == QLatin1String("hostname") && a.hostName.isEmpty())
                    a.hostName = value;
                else if (key == QLatin1String("port") && !a.port)
                    a.port = value.toInt();
                else if (key == QLatin1String("user") && a.user.isEmpty())
                    a.user = value;
                else if (key == QLatin1String("identityfile") && a.identityFile.isEmpty())
                    a.identityFile = value.startsWith(QStringLiteral("~/")) ? QDir::home().filePath(value.mid(2)) : value;
            }
        }
    }
    return out;
}

} // namespace pgcrossing

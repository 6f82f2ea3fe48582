#include "Sandbox.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTextStream>

namespace pgcrossing::test {

const Sandbox &Sandbox::instance()
{
    static Sandbox s;
    return s;
}

Sandbox::Sandbox()
{
    m_dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGX_SANDBOX_DIR"),
                                                           QStringLiteral(PGX_SANDBOX_DIR));
    QFile f(m_dir + QStringLiteral("/env"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('=')))
            continue;
        QString key = line.section(QLatin1Char('='), 0, 0);
        if (key.startsWith(QStringLiteral("export ")))
            key = key.mid(7);
        QString val = line.section(QLatin1Char('='), 1);
        // Values are written for eval: 'text' with each inner ' written as '\''.
        if (val.size() >= 2 && val.startsWith(QLatin1Char('\'')) && val.endsWith(QLatin1Char('\'')))
            val = val.mid(1, val.size() - 2).replace(QStringLiteral("'\\''"), QStringLiteral("'"));
        m_values.insert(key.trimmed(), val);
    }
}

QString Sandbox::value(const QString &key) const
{
    const QString v = m_values.value(key);
    if (v.isEmpty())
        qWarning("sandbox value %s missing (is the sandbox up? %s/env)", qPrintable(key), qPrintable(m_dir));
    return v;
}

} // namespace pgcrossing::test

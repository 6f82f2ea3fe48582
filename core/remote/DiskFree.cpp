#include "DiskFree.h"

#include "Shell.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgcrossing {

namespace {
QString firstLine(const QString &s) { return s.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(); }
} // namespace

DiskFree DiskFree::parse(const QString &path, const QByteArray &out)
{
    DiskFree d;
    d.path = path;
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    d.measured = lines.value(0);
    // Filesystem 1024-blocks Used Available Capacity Mounted-on — a device or mount name may hold
    // spaces, so the row is read around the "NN%" capacity column.
    const QStringList cols = lines.value(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QRegularExpression capacity(QStringLiteral("^(\\d+|-)%$"));
    for (qsizetype i = 4; i < cols.size(); ++i) {
        if (!capacity.match(cols[i]).hasMatch())
            continue;
        bool ok = false;
        const qint64 kb = cols[i - 1].toLongLong(&ok);
        if (!ok)
            break;
        d.ok = true;
        d.freeBytes = kb * 1024;
        d.filesystem = cols.mid(0, i - 3).join(QLatin1Char(' '));
        d.mount = cols.mid(i + 1).join(QLatin1Char(' '));
        return d;
    }
    d.error = QCoreApplication::translate("DiskFree", "unexpected df output: %1").arg(firstLine(QString::fromUtf8(out)));
    return d;
}

DiskFree DiskFree::measure(Shell &shell, const QString &path, const CancelToken *cancel)
{
    // dirname ends at "/" (or "." for a relative path), which always exist.
    const CommandSpec spec = CommandSpec::plain(
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("p=$1; while [ ! -e \"$p\" ]; do p=$(dirname -- \"$p\"); done; "
                        "printf '%s\\n' \"$p\"; exec df -Pk -- \"$p\""),
         QStringLiteral("sh"), path},
        QCoreApplication::translate("DiskFree", "free disk at %1").arg(path));
    const CommandResult r = shell.run(spec, {}, cancel);
    if (!r.ok()) {
        DiskFree d;
        d.path = path;
        const QString why = r.error.isEmpty() ? firstLine(QString::fromUtf8(r.err)) : r.error;
        d.error = QCoreApplication::translate("DiskFree", "df failed on %1: %2").arg(shell.hostLabel(), why);
        return d;
    }
    return parse(path, r.out);
}

} // namespace pgcrossing

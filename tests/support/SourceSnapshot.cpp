#include "SourceSnapshot.h"

#include "Sandbox.h"

#include <QCryptographicHash>
#include <QProcess>

namespace pgcrossing::test {

namespace {
QByteArray dump(const QString &tool, const QStringList &args, QString *error)
{
    const Sandbox &s = Sandbox::instance();
    QProcess p;
    p.start(s.value(QStringLiteral("PGX_PG_BINDIR")) + QLatin1Char('/') + tool,
            QStringList{QStringLiteral("-h"), s.value(QStringLiteral("PGX_SRC_SOCKET")), QStringLiteral("-p"),
                        s.value(QStringLiteral("PGX_SRC_PGPORT")), QStringLiteral("-U"), QStringLiteral("postgres")} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error += QStringLiteral("%1 %2: %3\n").arg(tool, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    // Newer pg_dump brackets its script with \restrict KEY / \unrestrict KEY, a random key each time.
    QByteArray text;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.startsWith("\\restrict ") && !line.startsWith("\\unrestrict "))
            text += line + '\n';
    return text;
}
} // namespace

SourceSnapshot SourceSnapshot::take(const QStringList &databases)
{
    SourceSnapshot s;
    s.m_parts.insert(QStringLiteral("globals"), dump(QStringLiteral("pg_dumpall"), {QStringLiteral("--globals-only")}, &s.m_error));
    for (const QString &db : databases) {
        s.m_parts.insert(db + QStringLiteral(" schema"),
                         dump(QStringLiteral("pg_dump"), {QStringLiteral("--schema-only"), QStringLiteral("--create"), db}, &s.m_error));
        s.m_parts.insert(db + QStringLiteral(" data sha256"),
                         QCryptographicHash::hash(dump(QStringLiteral("pg_dump"), {QStringLiteral("--data-only"), db}, &s.m_error),
                                                  QCryptographicHash::Sha256)
                             .toHex());
    }
    return s;
}

QString SourceSnapshot::differences(const SourceSnapshot &after) const
{
    QStringList out;
    if (!ok() || !after.ok())
        out << QStringLiteral("a snapshot failed: ") + m_error + after.m_error;
    for (auto it = m_parts.begin(); it != m_parts.end(); ++it) {
        const QByteArray other = after.m_parts.value(it.key());
        if (other == it.value())
            continue;
        const QList<QByteArray> a = it.value().split('\n'), b = other.split('\n');
        qsizetype i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i])
            ++i;
        out << QStringLiteral("%1 differs at line %2: before \"%3\", after \"%4\"")
                   .arg(it.key())
                   .arg(i + 1)
                   .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace pgcrossing::test

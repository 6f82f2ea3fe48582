#include "PgClient.h"

#include "CsvReader.h"
#include "remote/Shell.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgcrossing {

namespace {
QString conninfoValue(const QString &v)
{
    // libpq's own quoting, only where a value needs it, so logged commands stay readable.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@-]+$"));
    if (plain.match(v).hasMatch())
        return v;
    QString out = v;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
} // namespace

PgClient::PgClient(std::shared_ptr<Shell> shell, PgConnection conn, QByteArray password)
    : m_shell(std::move(shell)), m_conn(std::move(conn)), m_password(std::move(password))
{
}

QString PgClient::nullMarker()
{
    // Unquoted in psql's CSV only when the value is NULL; a text value equal to it is quoted.
    return QStringLiteral("\\N");
}

QString PgClient::pinnedSettingsSql()
{
    return QStringLiteral("SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET extra_float_digits = 3; "
                          "SET IntervalStyle = 'postgres'; SET bytea_output = 'hex'; "
                          "SET client_encoding = 'UTF8';\n"
                          // lc_messages is a superuser setting: a plain login role keeps the server's language
                          // rather than failing every query.
                          "DO $pgx$BEGIN SET lc_messages = 'C'; EXCEPTION WHEN insufficient_privilege THEN NULL; END$pgx$;\n");
}

QString PgClient::quoteIdent(const QString &name)
{
    QString out = name;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString PgClient::textArray(const QStringList &values)
{
    QStringList lits;
    for (const QString &v : values)
        lits << quoteLiteral(v);
    return QStringLiteral("ARRAY[%1]::text[]").arg(lits.join(QLatin1Char(',')));
}

QString PgClient::doBlock(const QString &body)
{
    QString tag = QStringLiteral("$pgx$");
    for (int i = 1; body.contains(tag); ++i)
        tag = QStringLiteral("$pgx%1$").arg(i);
    return QStringLiteral("DO %1\n%2\n%1;").arg(tag, body);
}

QString PgClient::quoteLiteral(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (out.contains(QLatin1Char('\\'))) {
        out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        return QStringLiteral("E'") + out + QLatin1Char('\'');
    }
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString PgClient::conninfo(const QString &db) const
{
    QStringList parts;
    if (!m_conn.host.isEmpty())
        parts << QStringLiteral("host=") + conninfoValue(m_conn.host);
    if (m_conn.port)
        parts << QStringLiteral("port=") + QString::number(m_conn.port);
    if (!m_conn.user.isEmpty())
        parts << QStringLiteral("user=") + conninfoValue(m_conn.user);
    parts << QStringLiteral("dbname=") + conninfoValue(db.isEmpty() ? m_conn.maintenanceDb : db);
    if (!m_conn.sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + conninfoValue(m_conn.sslMode);
    if (!m_conn.appName.isEmpty())
        parts << QStringLiteral("application_name=") + conninfoValue(m_conn.appName);
    return parts.join(QLatin1Char(' '));
}

QString PgClient::toolPath(const QString &tool) const
{
    if (m_conn.binDir.isEmpty())
        return tool;
    QString dir = m_conn.binDir;
    if (!dir.endsWith(QLatin1Char('/')))
        dir += QLatin1Char('/');
    return dir + tool;
}

QString PgClient::label() const
{
    QString where = m_conn.host.isEmpty() ? QCoreApplication::translate("PgClient", "socket") : m_conn.host;
    if (m_conn.port)
        where += QLatin1Char(':') + QString::number(m_conn.port);
    return QStringLiteral("%1 (%2)").arg(m_shell->hostLabel(), where);
}

CommandSpec PgClient::toolSpec(const QString &tool, const QStringList &args, const QString &db,
                               const QString &purpose) const
{
    CommandSpec spec;
    spec.argv << toolPath(tool);
    if (tool == QLatin1String("pg_dumpall"))
        spec.argv << QStringLiteral("-d") << conninfo(m_conn.maintenanceDb);
    else
        spec.argv << QStringLiteral("-d") << conninfo(db);
    spec.argv << args;
    spec.secret = m_password;
    spec.purpose = purpose;
    return spec;
}

PgResult PgClient::query(const QString &db, const QString &sql, const CancelToken *cancel) const
{
    CommandSpec spec = toolSpec(QStringLiteral("psql"),
                                // -w: never prompt — without a terminal psql would read the password from stdin,
                                // which is the SQL; a missing password is an error that says so.
                                {QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-q"), QStringLiteral("--csv"),
                                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                 QStringLiteral("-P"), QStringLiteral("null=") + nullMarker(),
                                 QStringLiteral("-f"), QStringLiteral("-")},
                                db, QStringLiteral("SQL"));
    // Our own one-line purpose: the first words of the statement.
    spec.purpose = sql.simplified().left(120);
    const QByteArray input = (pinnedSettingsSql() + sql + QStringLiteral("\n")).toUtf8();
    const CommandResult res = m_shell->run(spec, input, cancel);

    PgResult out;
    out.cancelled = res.cancelled;
    out.ssh = res.ssh;
    out.exitCode = res.exitCode;
    if (!res.ok()) {
        out.error = res.error.isEmpty() ? QString::fromUtf8(res.err).trimmed() : res.error;
        if (out.error.isEmpty())
            out.error = QCoreApplication::translate("PgClient", "psql exited with status %1").arg(res.exitCode);
        return out;
    }
    const auto parsed = CsvReader::parse(res.out, nullMarker());
    out.ok = true;
    if (parsed.isEmpty())
        return out;
    out.columns = parsed.first().fields;
    for (qsizetype i = 1; i < parsed.size(); ++i) {
        out.rows << parsed[i].fields;
        out.nulls << parsed[i].nulls;
    }
    return out;
}

PgResult PgClient::exec(const QString &db, const QString &sql, const CancelToken *cancel) const
{
    return query(db, sql, cancel);
}

} // namespace pgcrossing

#pragma once
#include "model/PgConnection.h"
#include "PgResult.h"
#include "remote/CommandSpec.h"

#include <QByteArray>
#include <memory>

namespace pgcrossing {

class Shell;
class CancelToken;

// Speaks SQL to one PostgreSQL server the way a DBA does: by running psql on the host (or in the
// container) the Shell reaches, with the SQL on stdin and the result as CSV on stdout:
// `psql -X -q --csv -v ON_ERROR_STOP=1 -d CONNINFO`. Every session first pins DateStyle, TimeZone,
// extra_float_digits, IntervalStyle and bytea_output, so values print the same on both servers.
// Also builds the CommandSpecs for the other client tools (pg_dump, pg_restore, pg_dumpall) with the
// same connection and the password delivered on stdin, never in argv.
class PgClient {
public:
    PgClient(std::shared_ptr<Shell> shell, PgConnection conn, QByteArray password = {});

    // Runs sql in database db: any number of statements, of which at most one returns rows.
    PgResult query(const QString &db, const QString &sql, const CancelToken *cancel = nullptr) const;
    // Like query(), for statements whose rows nobody reads (DDL, SET, ANALYZE).
    PgResult exec(const QString &db, const QString &sql, const CancelToken *cancel = nullptr) const;

    // A spec for a client tool (pg_dump, pg_restore, pg_dumpall, psql) connecting to db (empty: the
    // tool connects to no database argument, e.g. pg_dumpall gets -l maintenanceDb).
    CommandSpec toolSpec(const QString &tool, const QStringList &args, const QString &db,
                         const QString &purpose) const;
    // libpq connection string for db: "host=… port=… user=… dbname='…' application_name=…".
    QString conninfo(const QString &db) const;
    QString toolPath(const QString &tool) const;

    Shell &shell() const { return *m_shell; }
    std::shared_ptr<Shell> shellPtr() const { return m_shell; }
    const PgConnection &connection() const { return m_conn; }
    QString label() const;          // host label + server address, for logs
    bool hasPassword() const { return !m_password.isEmpty(); }

    // SQL quoting (not shell quoting): "identifier" and 'literal'.
    static QString quoteIdent(const QString &name);
    static QString quoteLiteral(const QString &value);
    // ARRAY['a','b']::text[] — for `x = ANY(…)`; an empty list is an empty array.
    static QString textArray(const QStringList &values);
    // `DO $tag$ body $tag$;` with a tag that does not occur in body, so quoted names inside cannot end it.
    static QString doBlock(const QString &body);
    // The marker psql prints for NULL in our CSV output.
    static QString nullMarker();
    // The settings every session pins before the caller's SQL.
    static QString pinnedSettingsSql();

private:
    std::shared_ptr<Shell> m_shell;
    PgConnection m_conn;
    QByteArray m_password;
};

} // namespace pgcrossing

#pragma once
#include <QJsonObject>
#include <QString>

namespace pgcrossing {

// One of the DBA's own checks, as the runbooks do them by hand (validation counts, business queries): a
// named SQL query run read-only on both sides after the copy, whose results must be the same. database is
// the source's name of the database it runs in; empty: every database of the plan. JSON (the plan's
// options.verifyQueries[]): name, sql, database when set. On the command line: [DB:]NAME=SQL.
struct VerifyQuery {
    QString name;
    QString sql;
    QString database;

    bool appliesTo(const QString &sourceDb) const { return database.isEmpty() || database == sourceDb; }
    QJsonObject toJson() const;
    static VerifyQuery fromJson(const QJsonObject &o);
    // "active users=SELECT count(*) FROM users WHERE active", or "account:active users=…"; false with
    // *error saying what is wrong.
    static bool parse(const QString &spec, VerifyQuery *out, QString *error);
};

} // namespace pgcrossing

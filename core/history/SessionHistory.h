#pragma once
#include "SessionSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pgcrossing {

class SessionRecord;

// The list of past sessions, kept in a small SQLite file (QtSql) so the wizard can show them without
// reading every record. One row per session id: saving a session again updates its row. Each instance
// has its own connection, usable from the thread that created the instance only.
class SessionHistory {
    Q_DECLARE_TR_FUNCTIONS(SessionHistory)

public:
    explicit SessionHistory(QString path);
    ~SessionHistory();
    SessionHistory(const SessionHistory &) = delete;
    SessionHistory &operator=(const SessionHistory &) = delete;

    // The history kept beside the sessions it lists: <sessionsRoot>/history.sqlite.
    static QString pathFor(const QString &sessionsRoot);
    // The lock a running session holds (MigrationSession), beside its record: session.lock.
    static QString lockPath(const QString &recordPath);
    // Lists (or updates) the session whose record is recordPath (<sessionsRoot>/<id>/session.json) in the
    // history beside its sessions folder.
    static bool remember(const SessionRecord &record, const QString &recordPath, QString *error = nullptr);
    QString path() const { return m_path; }

    // Creates the file (and its folder) and the schema when missing.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    // Inserts the session, or updates the row of the same id.
    bool upsert(const SessionRecord &record, const QString &recordPath, QString *error = nullptr);
    bool upsert(const SessionSummary &summary, QString *error = nullptr);
    // Newest first.
    QList<SessionSummary> list(QString *error = nullptr) const;
    // False (with a message) when there is no session with this id.
    bool remove(const QString &id, QString *error = nullptr);

private:
    bool ready(QString *error) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace pgcrossing

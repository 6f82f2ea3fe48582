#include "SessionHistory.h"

#include "model/SessionRecord.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QLockFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace pgcrossing {

namespace {
// 2: the outcome column holds the session's end state (EndState); rows of schema 1 held the run's own
// outcome and are judged again from their records when the file is first opened.
constexpr int kSchemaVersion = 2;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QVariant msecs(const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)); }

QDateTime fromMsecs(const QVariant &v) { return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc()); }

QString reason(const QSqlError &e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.trimmed();
}
} // namespace

SessionHistory::SessionHistory(QString path)
    : m_path(std::move(path)),
      m_connectionName(QStringLiteral("pgcrossing-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")); // the GUI and the CLI may share the file
    }
}

SessionHistory::~SessionHistory()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase(); // no handle may outlive the connection it names
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString SessionHistory::pathFor(const QString &sessionsRoot)
{
    return QDir(sessionsRoot).filePath(QStringLiteral("history.sqlite"));
}

bool SessionHistory::remember(const SessionRecord &record, const QString &recordPath, QString *error)
{
    const QString sessionsRoot = QFileInfo(QFileInfo(recordPath).absolutePath()).absolutePath();
    SessionHistory history(pathFor(sessionsRoot));
    return history.open(error) && history.upsert(record, recordPath, error);
}

bool SessionHistory::isOpen() const { return m_db.isValid() && m_db.isOpen(); }

bool SessionHistory::open(QString *error)
{
    if (isOpen())
        return true;
    const auto fail = [&](const QString &why) {
        setError(error, tr("cannot open the session history %1: %2").arg(QDir::toNativeSeparators(m_path), why));
        if (m_db.isOpen())
            m_db.close();
        return false;
    };
    if (!m_db.isValid())
        return fail(tr("Qt's SQLite driver (QSQLITE) is not installed"));
    if (m_path.isEmpty())
        return fail(tr("no file name given"));
    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder)));
    if (file.exists() && file.isDir())
        return fail(tr("it is a folder, not a file"));
    if (!m_db.open())
        return fail(reason(m_db.lastError()));

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(reason(q.lastError())); // e.g. "file is not a database"
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return fail(tr("it was written by a newer pgcrossing (schema %1, this one knows %2)")
                        .arg(version)
                        .arg(kSchemaVersion));
    q.finish();

    // SQLite creates the file lazily: this first write is where a read-only folder or file shows.
    if (!m_db.transaction())
        return fail(reason(m_db.lastError()));
    const bool created =
        q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sessions ("
                              " id TEXT PRIMARY KEY NOT NULL,"
                              " started_at INTEGER,"    // ms since the epoch, UTC
                              " finished_at INTEGER,"
                              " source_label TEXT NOT NULL DEFAULT '',"
                              " target_label TEXT NOT NULL DEFAULT '',"
                              " databases TEXT NOT NULL DEFAULT '',"  // source names, comma separated
                              " mode TEXT NOT NULL DEFAULT '',"
                              " outcome TEXT NOT NULL DEFAULT '',"
                              " verdict TEXT NOT NULL DEFAULT '',"
                              " record_path TEXT NOT NULL DEFAULT '')")) &&
        q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_started ON sessions (started_at)")) &&
        // A pragma takes no bound parameter; the value is this file's constant.
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!created) {
        const QString why = reason(q.lastError());
        m_db.rollback();
        return fail(why);
    }
    if (!m_db.commit()) {
        const QString why = reason(m_db.lastError());
        m_db.rollback();
        return fail(why);
    }
    if (version == 1) {
        // A row whose record is gone keeps what it said; the others say what the record now judges.
        QString ignored;
        for (const SessionSummary &row : list(&ignored)) {
            SessionRecord record;
            if (SessionRecord::load(row.recordPath, &record, &ignored))
                upsert(record, row.recordPath, &ignored);
        }
    }
    return true;
}

bool SessionHistory::ready(QString *error) const
{
    if (isOpen())
        return true;
    setError(error, tr("the session history %1 is not open").arg(QDir::toNativeSeparators(m_path)));
    return false;
}

bool SessionHistory::upsert(const SessionRecord &record, const QString &recordPath, QString *error)
{
    return upsert(SessionSummary::fromRecord(record, recordPath), error);
}

bool SessionHistory::upsert(const SessionSummary &s, QString *error)
{
    if (!ready(error))
        return false;
    if (s.id.isEmpty()) {
        setError(error, tr("a session without an id cannot be saved in the history"));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (id, started_at, finished_at, source_label, target_label, databases, mode, outcome, verdict, record_path)"
        " VALUES (:id, :started, :finished, COALESCE(:source, ''), COALESCE(:target, ''), COALESCE(:databases, ''),"
        " COALESCE(:mode, ''), COALESCE(:outcome, ''), COALESCE(:verdict, ''), COALESCE(:path, ''))" // a null QString binds as NULL
        " ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, finished_at = excluded.finished_at,"
        " source_label = excluded.source_label, target_label = excluded.target_label, databases = excluded.databases,"
        " mode = excluded.mode, outcome = excluded.outcome, verdict = excluded.verdict, record_path = excluded.record_path"));
    q.bindValue(QStringLiteral(":id"), s.id);
    q.bindValue(QStringLiteral(":started"), msecs(s.startedAt));
    q.bindValue(QStringLiteral(":finished"), msecs(s.finishedAt));
    q.bindValue(QStringLiteral(":source"), s.sourceLabel);
    q.bindValue(QStringLiteral(":target"), s.targetLabel);
    q.bindValue(QStringLiteral(":databases"), s.databases.join(QLatin1Char(',')));
    q.bindValue(QStringLiteral(":mode"), codeOf(s.mode));
    q.bindValue(QStringLiteral(":outcome"), codeOf(s.outcome));
    q.bindValue(QStringLiteral(":verdict"), codeOf(s.verdict));
    q.bindValue(QStringLiteral(":path"), s.recordPath);
    if (!q.exec()) {
        setError(error, tr("cannot save session %1 in the history: %2").arg(s.id, reason(q.lastError())));
        return false;
    }
    return true;
}

QList<SessionSummary> SessionHistory::list(QString *error) const
{
    QList<SessionSummary> out;
    if (!ready(error))
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, started_at, finished_at, source_label, target_label, databases, mode, outcome, verdict,"
                               " record_path FROM sessions ORDER BY started_at DESC, id DESC"))) {
        setError(error, tr("cannot read the session history: %1").arg(reason(q.lastError())));
        return out;
    }
    while (q.next()) {
        SessionSummary s;
        s.id = q.value(0).toString();
        s.startedAt = fromMsecs(q.value(1));
        s.finishedAt = fromMsecs(q.value(2));
        s.sourceLabel = q.value(3).toString();
        s.targetLabel = q.value(4).toString();
        s.databases = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.mode = fromCode(q.value(6).toString(), PlanOptions::Mode::Copy);
        s.outcome = fromCode(q.value(7).toString(), SessionOutcome::Running);
        s.verdict = fromCode(q.value(8).toString(), VerificationVerdict::NotVerified);
        s.recordPath = q.value(9).toString();
        if (s.outcome == SessionOutcome::Running) {
            // "Running" with nobody holding its lock: the process that ran it is gone.
            QLockFile lock(lockPath(s.recordPath));
            lock.setStaleLockTime(0);
            if (lock.tryLock(0))
                s.outcome = SessionOutcome::Interrupted;
        }
        out << s;
    }
    return out;
}

QString SessionHistory::lockPath(const QString &recordPath)
{
    return QFileInfo(recordPath).absoluteDir().filePath(QStringLiteral("session.lock"));
}

bool SessionHistory::remove(const QString &id, QString *error)
{
    if (!ready(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        setError(error, tr("cannot remove session %1 from the history: %2").arg(id, reason(q.lastError())));
        return false;
    }
    if (q.numRowsAffected() < 1) {
        setError(error, tr("the history has no session %1").arg(id));
        return false;
    }
    return true;
}

} // namespace pgcrossing

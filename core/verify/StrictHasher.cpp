#include "StrictHasher.h"

#include "ContentFingerprint.h"
#include "postgres/PgClient.h"
#include "remote/CancelToken.h"
#include "remote/Relay.h"
#include "remote/Shell.h"

#include <QCryptographicHash>

namespace pgcrossing {

StrictHasher::Value StrictHasher::hash(const PgClient &pg, const QString &db, const TableShape &shape,
                                       const QStringList &columns, const CancelToken *cancel)
{
    Value v;
    if (shape.primaryKey.isEmpty()) {
        v.error = tr("strict check needs a primary key to order by");
        return v;
    }
    QStringList cols, key;
    for (const QString &c : columns)
        cols << PgClient::quoteIdent(c);
    for (const QString &k : shape.primaryKey)
        key << PgClient::quoteIdent(k);
    const QString copy = QStringLiteral("COPY (SELECT %1 FROM ONLY %2 ORDER BY %3) TO STDOUT")
                             .arg(cols.join(QStringLiteral(", ")), shape.qualified(), key.join(QStringLiteral(", ")));
    // Settings pinned as in every session, so both servers print values the same way.
    CommandSpec spec = pg.toolSpec(QStringLiteral("psql"),
                                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                    QStringLiteral("-f"), QStringLiteral("-")},
                                   db, tr("strict sha256 of %1").arg(shape.key()));
    QString error;
    auto proc = pg.shell().start(spec, &error);
    if (!proc) {
        v.error = error;
        return v;
    }
    const QByteArray sql = (PgClient::pinnedSettingsSql() + ContentFingerprint::sessionSql() + copy + QStringLiteral(";\n")).toUtf8();
    proc->writeStdin(sql.constData(), sql.size());
    proc->closeStdin();
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray err;
    Relay relay(*proc, [&](const char *d, qint64 n) {
        h.addData(QByteArrayView(d, n));
        return true;
    });
    relay.setCancel(cancel);
    relay.setFromStderr([&](const QByteArray &c) { err += c; });
    const Relay::Result r = relay.run();
    if (r.cancelled) {
        proc->terminate();
        v.error = tr("cancelled");
        return v;
    }
    while (!proc->waitForFinished(100))
        err += proc->takeStderr();
    err += proc->takeStderr();
    if (proc->exitCode() != 0) {
        v.error = QString::fromUtf8(err).trimmed();
        return v;
    }
    v.sha256 = QString::fromLatin1(h.result().toHex());
    v.bytes = r.bytes;
    return v;
}

} // namespace pgcrossing

#include "LogicalReplicationCheck.h"

#include "postgres/PgClient.h"

namespace pgcrossing {

namespace {

constexpr int kShown = 10;


CheckResult error(CheckResult c, const QString &text)
{
    c.status = CheckResult::Status::Error;
    c.found = text;
    return c;
}

QString shortList(const QStringList &items)
{
    if (items.size() <= kShown)
        return items.join(QStringLiteral(", "));
    return LogicalReplicationCheck::tr("%1 and %n more", nullptr, int(items.size() - kShown))
        .arg(items.mid(0, kShown).join(QStringLiteral(", ")));
}

// Per database: tables whose UPDATE/DELETE need a replica identity they lack, unlogged tables, and the
// number of large objects. Partitions are plain tables here, which is where the identity must be.
const QString kPerDatabaseSql = QStringLiteral(
    "WITH t AS ("
    " SELECT c.oid, n.nspname::text AS nspname, c.relname::text AS relname, c.relkind, c.relpersistence, c.relreplident"
    " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'"
    "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))"
    " SELECT 'identity' AS kind, nspname AS a, relname AS b FROM t"
    "  WHERE relkind = 'r' AND relpersistence = 'p' AND (relreplident = 'n'"
    "   OR (relreplident = 'd' AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = t.oid AND i.indisprimary))"
    "   OR (relreplident = 'i' AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = t.oid AND i.indisreplident)))"
    " UNION ALL SELECT 'unlogged', nspname, relname FROM t WHERE relpersistence = 'u'"
    " UNION ALL SELECT 'largeobjects', count(*)::text, '' FROM pg_largeobject_metadata HAVING count(*) > 0"
    " ORDER BY 1, 2, 3");

} // namespace

QList<CheckResult> LogicalReplicationCheck::run(PreflightContext &ctx) const
{
    const PgClient &source = *ctx.source;
    const PgClient &target = *ctx.target;
    const QList<DatabaseMapping> &databases = ctx.options.databases;
    using Sev = CheckResult::Severity;
    QList<CheckResult> out;
    const int dbCount = int(databases.size());

    CheckResult wal = CheckResult::make(QStringLiteral("online.wal-level"), tr("Online: the source writes logical WAL"), Sev::Blocker);
    CheckResult slotRow = CheckResult::make(QStringLiteral("online.replication-slots"), tr("Online: free replication slots on the source"),
                             Sev::Blocker);
    CheckResult senders = CheckResult::make(QStringLiteral("online.wal-senders"), tr("Online: free WAL senders on the source"), Sev::Blocker);
    CheckResult role = CheckResult::make(QStringLiteral("online.replication-role"), tr("Online: the source role may replicate"), Sev::Blocker);
    CheckResult sub = CheckResult::make(QStringLiteral("online.subscription-role"), tr("Online: the target role may create subscriptions"),
                           Sev::Blocker);
    CheckResult ident = CheckResult::make(QStringLiteral("online.replica-identity"),
                             tr("Online: every table has a primary key or replica identity"), Sev::Blocker);
    CheckResult lo = CheckResult::make(QStringLiteral("online.large-objects"), tr("Online: no large objects (not replicated)"), Sev::Warning);
    CheckResult unlogged = CheckResult::make(QStringLiteral("online.unlogged"), tr("Online: no unlogged tables (not replicated)"), Sev::Warning);

    const PgResult s = source.query(
        {}, QStringLiteral("SELECT current_setting('wal_level'), current_setting('max_replication_slots')::int, "
                           "(SELECT count(*) FROM pg_replication_slots), current_setting('max_wal_senders')::int, "
                           "(SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'walsender'), "
                           "current_user, rolsuper OR rolreplication FROM pg_roles WHERE rolname = current_user"));
    const PgResult t = target.query(
        {}, QStringLiteral("SELECT current_setting('max_sync_workers_per_subscription')::int, "
                           "current_setting('server_version_num')::int, current_user, rolsuper "
                           "FROM pg_roles WHERE rolname = current_user"));
    if (!s.ok || s.rowCount() != 1 || !t.ok || t.rowCount() != 1) {
        const QString e = !s.ok ? s.error : !t.ok ? t.error : tr("current_user not in pg_roles");
        for (CheckResult *c : {&wal, &slotRow, &senders, &role, &sub})
            out << error(*c, e);
        return out;
    }

    // wal_level changes only with a restart: say so, it decides when the online move can start.
    const QString level = s.value(0, 0);
    wal.expected = QStringLiteral("wal_level = logical");
    wal.found = QStringLiteral("wal_level = %1").arg(level);
    if (level != QLatin1String("logical")) {
        wal.status = CheckResult::Status::Failed;
        wal.remedy = tr("On the source: ALTER SYSTEM SET wal_level = logical; then restart PostgreSQL (a reload is not "
                        "enough). WAL volume grows a little.");
    }
    out << wal;

    // One slot and one WAL sender per subscription (a database), plus one per table-sync worker while
    // the initial copy runs (the target's max_sync_workers_per_subscription).
    const int syncWorkers = t.value(0, 0).toInt();
    const int need = dbCount * (1 + syncWorkers);
    auto capacity = [&](CheckResult &c, const QString &setting, int max, int used) {
        c.expected = tr("%1 free (%2 database(s) × (1 subscription + %3 table-sync workers))").arg(need).arg(dbCount).arg(syncWorkers);
        c.found = tr("%1 = %2, %3 in use: %4 free").arg(setting).arg(max).arg(used).arg(max - used);
        if (max - used < need) {
            c.status = CheckResult::Status::Failed;
            c.remedy = tr("On the source: ALTER SYSTEM SET %1 = %2; then restart PostgreSQL.").arg(setting).arg(used + need);
        }
    };
    capacity(slotRow, QStringLiteral("max_replication_slots"), s.value(0, 1).toInt(), s.value(0, 2).toInt());
    capacity(senders, QStringLiteral("max_wal_senders"), s.value(0, 3).toInt(), s.value(0, 4).toInt());
    out << slotRow << senders;

    const QString srcUser = s.value(0, 5);
    role.expected = tr("%1 with REPLICATION (or superuser)").arg(srcUser);
    if (s.value(0, 6) == QLatin1String("t")) {
        role.found = tr("%1 may replicate").arg(srcUser);
    } else {
        role.status = CheckResult::Status::Failed;
        role.found = tr("%1 has neither REPLICATION nor superuser").arg(srcUser);
        role.remedy = tr("As a superuser on the source: ALTER ROLE %1 REPLICATION; and allow it in pg_hba.conf from the "
                         "target host. Publishing the tables also needs their ownership (or a superuser for FOR ALL TABLES).")
                          .arg(PgClient::quoteIdent(srcUser));
    }
    out << role;

    const QString dstUser = t.value(0, 2);
    const int dstVersion = t.value(0, 1).toInt();
    bool canSubscribe = t.value(0, 3) == QLatin1String("t");
    if (!canSubscribe && dstVersion >= 160000) {
        const PgResult m = target.query({}, QStringLiteral("SELECT pg_has_role('pg_create_subscription', 'USAGE')"));
        canSubscribe = m.ok && m.scalar() == QLatin1String("t");
    }
    sub.expected = dstVersion >= 160000 ? tr("%1: superuser or member of pg_create_subscription").arg(dstUser)
                                        : tr("%1: superuser (PostgreSQL %2 lets only superusers create subscriptions)")
                                              .arg(dstUser).arg(dstVersion / 10000);
    if (canSubscribe) {
        sub.found = tr("%1 may").arg(dstUser);
    } else {
        sub.status = CheckResult::Status::Failed;
        sub.found = tr("%1 may not").arg(dstUser);
        sub.remedy = dstVersion >= 160000
                         ? tr("As a superuser on the target: GRANT pg_create_subscription TO %1;").arg(PgClient::quoteIdent(dstUser))
                         : tr("Log in to the target as a superuser for the online mode, or as a superuser run: ALTER ROLE %1 "
                              "SUPERUSER;").arg(PgClient::quoteIdent(dstUser));
    }
    out << sub;

    QStringList noIdentity, identitySql, unloggedTables, unloggedSql, los;
    for (const DatabaseMapping &m : databases) {
        const PgResult r = source.query(m.source, kPerDatabaseSql);
        if (!r.ok) {
            const QString e = tr("cannot read the tables of %1: %2").arg(m.source, r.error);
            out << error(ident, e) << error(lo, e) << error(unlogged, e);
            return out;
        }
        QStringList dbIdentity, dbUnlogged;
        for (int i = 0; i < r.rowCount(); ++i) {
            const QString kind = r.value(i, 0), a = r.value(i, 1), b = r.value(i, 2);
            const QString name = QStringLiteral("%1.%2.%3").arg(m.source, a, b);
            const QString qualified = PgClient::quoteIdent(a) + QLatin1Char('.') + PgClient::quoteIdent(b);
            if (kind == QLatin1String("identity")) {
                noIdentity << name;
                dbIdentity << QStringLiteral("ALTER TABLE %1 REPLICA IDENTITY FULL;").arg(qualified);
            } else if (kind == QLatin1String("unlogged")) {
                unloggedTables << name;
                dbUnlogged << QStringLiteral("ALTER TABLE %1 SET LOGGED;").arg(qualified);
            } else if (kind == QLatin1String("largeobjects")) {
                los << tr("%1: %2").arg(m.source, a);
            }
        }
        if (!dbIdentity.isEmpty())
            identitySql << tr("in database %1: %2").arg(m.source, dbIdentity.join(QLatin1Char(' ')));
        if (!dbUnlogged.isEmpty())
            unloggedSql << tr("in database %1: %2").arg(m.source, dbUnlogged.join(QLatin1Char(' ')));
    }

    ident.expected = tr("a primary key, or REPLICA IDENTITY USING INDEX / FULL");
    if (noIdentity.isEmpty()) {
        ident.found = tr("all have one");
    } else {
        ident.status = CheckResult::Status::Failed;
        ident.found = tr("without: %1").arg(shortList(noIdentity));
        ident.remedy = tr("Once published, UPDATE and DELETE on these tables fail on the source. Add a primary key "
                          "(ALTER TABLE … ADD PRIMARY KEY (…)) where a key exists, otherwise: %1")
                           .arg(identitySql.join(QLatin1Char(' ')));
    }
    lo.expected = tr("no rows in pg_largeobject_metadata");
    if (los.isEmpty()) {
        lo.found = tr("none");
    } else {
        lo.status = CheckResult::Status::Failed;
        lo.found = tr("large objects: %1").arg(los.join(QStringLiteral(", ")));
        lo.remedy = tr("Logical replication does not carry large objects: copy them at the switch-over (stop writes, "
                       "then pg_dump --blobs of the database), or move them into bytea columns first.");
    }
    unlogged.expected = tr("every table logged");
    if (unloggedTables.isEmpty()) {
        unlogged.found = tr("none");
    } else {
        unlogged.status = CheckResult::Status::Failed;
        unlogged.found = tr("unlogged: %1").arg(shortList(unloggedTables));
        unlogged.remedy = tr("Unlogged tables are not replicated: they arrive empty. Make them logged (%1) or copy them "
                             "at the switch-over.").arg(unloggedSql.join(QLatin1Char(' ')));
    }
    out << ident << lo << unlogged;
    return out;
}

} // namespace pgcrossing

#include "PrivilegesCheck.h"

#include "postgres/NeededRoles.h"
#include "postgres/PgClient.h"

#include <QMap>
#include <QSet>

namespace pgcrossing {

namespace {

// Shown in found; more are counted, every one still gets its statement in the remedy (or a bulk one).
constexpr int kShown = 10;

bool yes(const QString &v) { return v == QLatin1String("t"); }

struct RoleFacts {
    QString error;
    QString name;
    bool super = false, createdb = false, createrole = false, bypassrls = false, signal = false, readStats = false;
};

RoleFacts roleFacts(const PgClient &pg)
{
    RoleFacts f;
    const PgResult r = pg.query(
        {}, QStringLiteral("SELECT current_user, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, "
                           "pg_has_role('pg_signal_backend', 'USAGE'), pg_has_role('pg_read_all_stats', 'USAGE') "
                           "FROM pg_roles WHERE rolname = current_user"));
    if (!r.ok || r.rowCount() != 1) {
        f.error = r.ok ? QStringLiteral("current_user not in pg_roles") : r.error;
        return f;
    }
    f.name = r.value(0, 0);
    f.super = yes(r.value(0, 1));
    f.createdb = yes(r.value(0, 2));
    f.createrole = yes(r.value(0, 3));
    f.bypassrls = yes(r.value(0, 4));
    f.signal = yes(r.value(0, 5));
    f.readStats = yes(r.value(0, 6));
    return f;
}

// Of the databases named, those the login does not own (through membership); adds to *grants the GRANT of
// each owner role to `who` that would fix it.
QStringList databasesNotOwned(const PgClient &pg, const QStringList &names, const QString &who, QStringList *grants, QString *error)
{
    const PgResult own = pg.query({}, QStringLiteral("SELECT datname, pg_get_userbyid(datdba) FROM pg_database WHERE datname = ANY(%1) "
                                                     "AND NOT pg_has_role(datdba, 'USAGE') ORDER BY 1")
                                          .arg(PgClient::textArray(names)));
    if (!own.ok) {
        *error = own.error;
        return {};
    }
    QStringList notOwned;
    for (int i = 0; i < own.rowCount(); ++i) {
        notOwned << own.value(i, 0);
        const QString grant = QStringLiteral("GRANT %1 TO %2;").arg(PgClient::quoteIdent(own.value(i, 1)), who);
        if (!grants->contains(grant))
            *grants << grant;
    }
    return notOwned;
}

QStringList sourceNames(const PlanOptions &o)
{
    QStringList out;
    for (const auto &m : o.databases)
        out << m.source;
    return out;
}

// What pg_dump must read in one database and this role may not: schemas without USAGE, tables and
// sequences without SELECT, tables whose row-level security would filter the dump (pg_dump sets
// row_security = off and stops there), large objects without SELECT. Extension members are not dumped.
const QString kUnreadableSql = QStringLiteral(
    "WITH objs AS ("
    " SELECT n.oid AS nsp, n.nspname::text AS nspname, c.relname::text AS relname, c.relkind, c.oid,"
    "  c.relrowsecurity OR c.relforcerowsecurity AS rls, c.relowner"
    " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'p', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
    "  AND n.nspname !~ '^pg_(toast|temp)'"
    "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))"
    " SELECT DISTINCT 'schema' AS kind, nspname AS a, '' AS b FROM objs WHERE NOT has_schema_privilege(nsp, 'USAGE')"
    " UNION ALL SELECT CASE relkind WHEN 'S' THEN 'sequence' ELSE 'table' END, nspname, relname FROM objs"
    "  WHERE NOT has_table_privilege(oid, 'SELECT')"
    " UNION ALL SELECT 'rls', nspname, relname FROM objs"
    "  WHERE rls AND relkind <> 'S' AND has_table_privilege(oid, 'SELECT') AND %1"
    " UNION ALL SELECT 'largeobject', m.oid::text, '' FROM pg_largeobject_metadata m"
    "  WHERE NOT current_setting('lo_compat_privileges')::bool AND NOT pg_has_role(m.lomowner, 'USAGE')"
    "  AND NOT EXISTS (SELECT 1 FROM aclexplode(m.lomacl) x WHERE x.privilege_type = 'SELECT'"
    "   AND (x.grantee = 0 OR pg_has_role(x.grantee, 'USAGE')))"
    " ORDER BY 1, 2, 3");

QString shortList(const QStringList &items)
{
    if (items.size() <= kShown)
        return items.join(QStringLiteral(", "));
    return PrivilegesCheck::tr("%1 and %n more", nullptr, int(items.size() - kShown))
        .arg(items.mid(0, kShown).join(QStringLiteral(", ")));
}

// Source: everything pg_dump reads, plus pg_dumpall and the stop-write statements as the mode needs.
CheckResult sourceRow(const PgClient &source, const PlanOptions &options, const RoleFacts &me, const QStringList &rolesToCreate)
{
    CheckResult c;
    c.id = QStringLiteral("source.privileges");
    c.title = PrivilegesCheck::tr("The source role has the rights this migration needs");
    c.severity = CheckResult::Severity::Blocker;
    const QString who = PgClient::quoteIdent(me.name);

    QStringList needs{PrivilegesCheck::tr("read every table, sequence and large object (pg_dump)")};
    const bool dumpall = options.includeGlobals &&
                         (options.mode == PlanOptions::Mode::BackupOnly || !rolesToCreate.isEmpty());
    const bool stopWrite = options.mode == PlanOptions::Mode::StopWrite;
    if (dumpall)
        needs << PrivilegesCheck::tr("superuser for pg_dumpall (it reads pg_authid)");
    if (stopWrite)
        needs << PrivilegesCheck::tr("pg_read_all_stats (to see other users' sessions)");
    if (stopWrite && options.holdWrites)
        needs << PrivilegesCheck::tr("owner of each database and pg_signal_backend (hold writes)");
    c.expected = PrivilegesCheck::tr("%1: %2").arg(me.name, needs.join(QStringLiteral("; ")));
    if (me.super) {
        c.found = PrivilegesCheck::tr("%1 is a superuser").arg(me.name);
        return c;
    }

    QStringList missing, roleSql;
    QMap<QString, QStringList> dbSql; // statements to run in one source database
    bool needBypass = false;
    for (const DatabaseMapping &m : options.databases) {
        const PgResult r = source.query(m.source, kUnreadableSql.arg(me.bypassrls ? QStringLiteral("false")
                                                                                    : QStringLiteral("NOT pg_has_role(relowner, 'USAGE')")));
        if (!r.ok) {
            c.status = CheckResult::Status::Error;
            c.found = PrivilegesCheck::tr("cannot read the privileges in %1: %2").arg(m.source, r.error);
            return c;
        }
        QStringList schemas, tables, rls, los;
        QMap<QString, int> tablesPerSchema, seqsPerSchema;
        for (int i = 0; i < r.rowCount(); ++i) {
            const QString kind = r.value(i, 0);
            if (kind == QLatin1String("table"))
                ++tablesPerSchema[r.value(i, 1)];
            else if (kind == QLatin1String("sequence"))
                ++seqsPerSchema[r.value(i, 1)];
        }
        QStringList &sql = dbSql[m.source];
        for (int i = 0; i < r.rowCount(); ++i) {
            const QString kind = r.value(i, 0), a = r.value(i, 1), b = r.value(i, 2);
            const QString qualified = PgClient::quoteIdent(a) + QLatin1Char('.') + PgClient::quoteIdent(b);
            if (kind == QLatin1String("schema")) {
                schemas << a;
                sql << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2;").arg(PgClient::quoteIdent(a), who);
            } else if (kind == QLatin1String("table") || kind == QLatin1String("sequence")) {
                tables << QStringLiteral("%1.%2").arg(a, b);
                const bool table = kind == QLatin1String("table");
                if ((table ? tablesPerSchema : seqsPerSchema).value(a) > kShown) {
                    const QString bulk = QStringLiteral("GRANT SELECT ON ALL %1 IN SCHEMA %2 TO %3;")
                                             .arg(table ? QStringLiteral("TABLES") : QStringLiteral("SEQUENCES"),
                                                  PgClient::quoteIdent(a), who);
                    if (!sql.contains(bulk))
                        sql << bulk;
                } else {
                    sql << QStringLiteral("GRANT SELECT ON %1 %2 TO %3;")
                               .arg(table ? QStringLiteral("TABLE") : QStringLiteral("SEQUENCE"), qualified, who);
                }
            } else if (kind == QLatin1String("rls")) {
                rls << QStringLiteral("%1.%2").arg(a, b);
                needBypass = true;
            } else if (kind == QLatin1String("largeobject")) {
                los << a;
            }
        }
        if (!los.isEmpty()) {
            if (los.size() <= kShown) {
                for (const QString &oid : los)
                    sql << QStringLiteral("GRANT SELECT ON LARGE OBJECT %1 TO %2;").arg(oid, who);
            } else {
                sql << QStringLiteral("SELECT format('GRANT SELECT ON LARGE OBJECT %s TO %I', oid, %1) FROM "
                                      "pg_largeobject_metadata \\gexec")
                           .arg(PgClient::quoteLiteral(me.name));
            }
        }
        if (!schemas.isEmpty())
            missing << PrivilegesCheck::tr("USAGE on schema %1 in %2").arg(shortList(schemas), m.source);
        if (!tables.isEmpty())
            missing << PrivilegesCheck::tr("SELECT on %1 in %2").arg(shortList(tables), m.source);
        if (!rls.isEmpty())
            missing << PrivilegesCheck::tr("BYPASSRLS for the row-level security of %1 in %2").arg(shortList(rls), m.source);
        if (!los.isEmpty())
            missing << PrivilegesCheck::tr("SELECT on %n large object(s) in %1", nullptr, int(los.size())).arg(m.source);
    }
    if (needBypass)
        roleSql << QStringLiteral("ALTER ROLE %1 BYPASSRLS;").arg(who);

    if (dumpall) {
        missing << (options.mode == PlanOptions::Mode::BackupOnly
                        ? PrivilegesCheck::tr("superuser: the roles are backed up with pg_dumpall --globals-only, which reads pg_authid")
                        : PrivilegesCheck::tr("superuser: the roles missing on the target (%1) are read with pg_dumpall "
                                              "--roles-only, which reads pg_authid")
                              .arg(shortList(rolesToCreate)));
        roleSql << QStringLiteral("ALTER ROLE %1 SUPERUSER;").arg(who);
    }

    if (stopWrite) {
        if (!me.readStats) {
            missing << PrivilegesCheck::tr("pg_read_all_stats: without it other users' sessions show no state and "
                                           "count as busy");
            roleSql << QStringLiteral("GRANT pg_read_all_stats TO %1;").arg(who);
        }
        if (options.holdWrites) {
            QString error;
            const QStringList notOwned = databasesNotOwned(source, sourceNames(options), who, &roleSql, &error);
            if (!error.isEmpty()) {
                c.status = CheckResult::Status::Error;
                c.found = error;
                return c;
            }
            if (!notOwned.isEmpty())
                missing << PrivilegesCheck::tr("ownership of %1 (ALTER DATABASE … SET default_transaction_read_only)")
                               .arg(shortList(notOwned));
            if (!me.signal) {
                missing << PrivilegesCheck::tr("pg_signal_backend (pg_terminate_backend of the other sessions)");
                roleSql << QStringLiteral("GRANT pg_signal_backend TO %1;").arg(who);
            }
        }
    }
    if (missing.isEmpty()) {
        c.found = PrivilegesCheck::tr("%1 (not a superuser) has them all").arg(me.name);
        return c;
    }
    c.status = CheckResult::Status::Failed;
    c.found = PrivilegesCheck::tr("%1 lacks: %2").arg(me.name, missing.join(QStringLiteral("; ")));
    QStringList steps;
    if (!roleSql.isEmpty())
        steps << roleSql.join(QLatin1Char(' '));
    for (auto it = dbSql.cbegin(); it != dbSql.cend(); ++it)
        if (!it.value().isEmpty())
            steps << PrivilegesCheck::tr("in database %1: %2").arg(it.key(), it.value().join(QLatin1Char(' ')));
    c.remedy = PrivilegesCheck::tr("As a superuser on the source: %1 — or log in as a superuser.").arg(steps.join(QLatin1Char(' ')));
    if (dumpall && options.writesTarget())
        c.remedy += QLatin1Char(' ') +
                    PrivilegesCheck::tr("Without a superuser, create the roles on the target yourself (pg_dumpall --roles-only "
                                        "--no-role-passwords works for any role; set the passwords after) and migrate with "
                                        "--no-roles.");
    return c;
}

// Target: CREATE DATABASE … OWNER, pg_restore's ALTER … OWNER TO, the roles created from the source's,
// and the rename aside of a database that is replaced.
CheckResult targetRow(const PgClient &source, const PgClient &target, const PlanOptions &options, const RoleFacts &me,
                      const QStringList &rolesToCreate, const QStringList &privilegedToCreate)
{
    CheckResult c;
    c.id = QStringLiteral("target.privileges");
    c.title = PrivilegesCheck::tr("The target role has the rights this migration needs");
    c.severity = CheckResult::Severity::Blocker;
    const QString who = PgClient::quoteIdent(me.name);
    QStringList needs{QStringLiteral("CREATEDB")};
    if (!rolesToCreate.isEmpty())
        needs << QStringLiteral("CREATEROLE");
    if (!options.owner.isEmpty())
        needs << PrivilegesCheck::tr("membership in %1 (the chosen owner)").arg(options.owner);
    else if (!options.noOwner)
        needs << PrivilegesCheck::tr("membership in the owners' roles");
    if (options.replaceExisting)
        needs << PrivilegesCheck::tr("owner of the databases renamed aside");
    c.expected = PrivilegesCheck::tr("%1: superuser, or %2").arg(me.name, needs.join(QStringLiteral(", ")));
    if (me.super) {
        c.found = PrivilegesCheck::tr("%1 is a superuser").arg(me.name);
        return c;
    }

    QStringList missing, sql;
    bool needSuper = false;
    if (!me.createdb) {
        missing << PrivilegesCheck::tr("CREATEDB (the databases are created on the target)");
        sql << QStringLiteral("ALTER ROLE %1 CREATEDB;").arg(who);
    }
    if (!rolesToCreate.isEmpty() && !me.createrole) {
        missing << PrivilegesCheck::tr("CREATEROLE (roles %1 are created)").arg(shortList(rolesToCreate));
        sql << QStringLiteral("ALTER ROLE %1 CREATEROLE;").arg(who);
    }
    if (!privilegedToCreate.isEmpty()) {
        missing << PrivilegesCheck::tr("superuser: %1 are superuser, replication or bypassrls roles or members of other "
                                       "roles (their GRANT … GRANTED BY needs a superuser)")
                       .arg(shortList(privilegedToCreate));
        needSuper = true;
    }

    // pg_restore runs CREATE EXTENSION for each of the source's extensions (the text-search fix-up does too,
    // before it): an extension the target does not mark trusted needs a superuser.
    QStringList extensions;
    for (const DatabaseMapping &m : options.databases) {
        const PgResult r = source.query(m.source, QStringLiteral("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'"));
        for (const auto &row : r.rows)
            if (!extensions.contains(row.value(0)))
                extensions << row.value(0);
    }
    QStringList untrusted;
    if (!extensions.isEmpty()) {
        const PgResult t = target.query({}, QStringLiteral("SELECT DISTINCT name FROM pg_available_extension_versions "
                                                           "WHERE name = ANY(%1) AND NOT trusted ORDER BY 1")
                                                .arg(PgClient::textArray(extensions)));
        for (const auto &row : t.rows)
            untrusted << row.value(0);
    }
    if (!untrusted.isEmpty()) {
        missing << PrivilegesCheck::tr("superuser: extensions %1 are not trusted (CREATE EXTENSION needs a superuser)")
                       .arg(shortList(untrusted));
        needSuper = true;
    }

    // The roles the objects end up owned by: the chosen owner (--owner), else the source's owners.
    QStringList owners;
    if (!options.owner.isEmpty()) {
        if (options.owner != me.name)
            owners << options.owner;
    } else if (!options.noOwner) {
        QString error;
        owners = NeededRoles::owners(source, options, &error);
        if (!error.isEmpty()) {
            c.status = CheckResult::Status::Error;
            c.found = PrivilegesCheck::tr("cannot list the owners: %1").arg(error);
            return c;
        }
        owners.removeAll(me.name);
    }
    if (!owners.isEmpty()) {
        const PgResult t = target.query({}, QStringLiteral("SELECT rolname, pg_has_role(rolname, 'MEMBER') FROM pg_roles "
                                                           "WHERE rolname = ANY(%1)").arg(PgClient::textArray(owners)));
        if (!t.ok) {
            c.status = CheckResult::Status::Error;
            c.found = t.error;
            return c;
        }
        QStringList notMember, toCreate;
        QSet<QString> present;
        for (int i = 0; i < t.rowCount(); ++i) {
            present.insert(t.value(i, 0));
            if (!yes(t.value(i, 1))) {
                notMember << t.value(i, 0);
                sql << QStringLiteral("GRANT %1 TO %2;").arg(PgClient::quoteIdent(t.value(i, 0)), who);
            }
        }
        // Created by the migration: nobody is a member yet (roles missing without --no-roles are
        // RolesCheck's blocker).
        for (const QString &o : owners)
            if (!present.contains(o) && rolesToCreate.contains(o))
                toCreate << o;
        notMember += toCreate;
        if (!notMember.isEmpty())
            missing << PrivilegesCheck::tr("membership in %1 (CREATE DATABASE … OWNER and pg_restore's ALTER … OWNER TO)")
                           .arg(shortList(notMember));
        if (!toCreate.isEmpty())
            sql << PrivilegesCheck::tr("after creating %1 on the target: GRANT … TO %2;").arg(toCreate.join(QStringLiteral(", ")), who);
    }

    if (options.replaceExisting) {
        QStringList targets;
        for (const auto &m : options.databases)
            targets << m.target;
        QString error;
        const QStringList notOwned = databasesNotOwned(target, targets, who, &sql, &error);
        if (!error.isEmpty()) {
            c.status = CheckResult::Status::Error;
            c.found = error;
            return c;
        }
        if (!notOwned.isEmpty())
            missing << PrivilegesCheck::tr("ownership of %1 (ALTER DATABASE … RENAME, to set it aside)").arg(shortList(notOwned));
    }

    if (missing.isEmpty()) {
        c.found = PrivilegesCheck::tr("%1 (not a superuser) has them all").arg(me.name);
        return c;
    }
    c.status = CheckResult::Status::Failed;
    c.found = PrivilegesCheck::tr("%1 lacks: %2").arg(me.name, missing.join(QStringLiteral("; ")));
    if (needSuper && untrusted.isEmpty())
        c.remedy = PrivilegesCheck::tr("Log in to the target as a superuser, or as a superuser run: ALTER ROLE %1 SUPERUSER; "
                                       "— or create those roles yourself and migrate with --no-roles.").arg(who);
    else if (needSuper)
        c.remedy = PrivilegesCheck::tr("Log in to the target as a superuser, or as a superuser run: ALTER ROLE %1 SUPERUSER;")
                       .arg(who);
    else
        c.remedy = PrivilegesCheck::tr("As a superuser on the target: %1 — or log in as a superuser.").arg(sql.join(QLatin1Char(' ')));
    if (!options.noOwner)
        c.remedy += QLatin1Char(' ') + PrivilegesCheck::tr("--no-owner restores every object as %1 instead.").arg(me.name);
    return c;
}

} // namespace

QList<CheckResult> PrivilegesCheck::run(PreflightContext &ctx) const
{
    const PgClient &source = *ctx.source;
    const PgClient &target = *ctx.target;
    const PlanOptions &options = ctx.options;
    const bool toTarget = options.writesTarget();
    auto errorRow = [](const QString &id, const QString &title, const QString &error) {
        CheckResult c;
        c.id = id;
        c.title = title;
        c.status = CheckResult::Status::Error;
        c.found = error;
        return c;
    };
    const QString srcTitle = tr("The source role has the rights this migration needs");
    const QString dstTitle = tr("The target role has the rights this migration needs");
    const RoleFacts src = roleFacts(source);
    if (!src.error.isEmpty())
        return {errorRow(QStringLiteral("source.privileges"), srcTitle, src.error)};
    RoleFacts dst;
    if (toTarget) {
        dst = roleFacts(target);
        if (!dst.error.isEmpty())
            return {errorRow(QStringLiteral("target.privileges"), dstTitle, dst.error)};
    }

    // The roles CopyGlobalsStep creates: the roles the databases need (NeededRoles) that the target lacks.
    QStringList rolesToCreate, privilegedToCreate;
    if (toTarget && options.includeGlobals) {
        QString error;
        const QStringList needed = NeededRoles::read(source, options, &error);
        if (!error.isEmpty())
            return {errorRow(QStringLiteral("target.privileges"), dstTitle, error)};
        const PgResult s = source.query(
            {}, QStringLiteral("SELECT r.rolname, r.rolsuper OR r.rolreplication OR r.rolbypassrls "
                               "OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid) "
                               "FROM pg_roles r WHERE r.rolname = ANY(%1) ORDER BY 1").arg(PgClient::textArray(needed)));
        const PgResult t = target.query({}, QStringLiteral("SELECT rolname FROM pg_roles"));
        if (!s.ok || !t.ok)
            return {errorRow(QStringLiteral("target.privileges"), dstTitle, !s.ok ? s.error : t.error)};
        QSet<QString> onTarget;
        for (const auto &row : t.rows)
            onTarget.insert(row.value(0));
        for (const auto &row : s.rows) {
            if (onTarget.contains(row.value(0)))
                continue;
            rolesToCreate << row.value(0);
            if (yes(row.value(1)))
                privilegedToCreate << row.value(0);
        }
    }

    QList<CheckResult> out;
    out << sourceRow(source, options, src, rolesToCreate);
    if (toTarget)
        out << targetRow(source, target, options, dst, rolesToCreate, privilegedToCreate);
    return out;
}

} // namespace pgcrossing

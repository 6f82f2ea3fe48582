#include "ReassignOwnerStep.h"

#include "migration/StepContext.h"

namespace pgcrossing {

QString ReassignOwnerStep::sql(const QString &owner)
{
    // One statement per object, built by the server; extension members are left to their extension, and
    // only what the restoring login owns moves (REASSIGN OWNED would also take its other databases' objects).
    const QString body = QStringLiteral(R"SQL(DECLARE s text;
BEGIN
  FOR s IN
    WITH me AS (SELECT oid FROM pg_roles WHERE rolname = current_user),
         ext AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e'),
         userns AS (SELECT oid, nspname, nspowner FROM pg_namespace
                     WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\_toast%'
                       AND nspname NOT LIKE 'pg\_temp%')
    SELECT format('ALTER SCHEMA %I OWNER TO %I', n.nspname, $OWNER) FROM userns n, me
     WHERE n.nspowner = me.oid AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_namespace'::regclass AND objid = n.oid)
    UNION ALL
    SELECT format('ALTER %s %s OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                  WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'c' THEN 'TYPE' ELSE 'TABLE' END,
                  c.oid::regclass, $OWNER)
      FROM pg_class c JOIN userns n ON n.oid = c.relnamespace JOIN me ON me.oid = c.relowner
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
       AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_class'::regclass AND objid = c.oid)
       AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                 AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
    UNION ALL
    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, $OWNER)
      FROM pg_proc p JOIN userns n ON n.oid = p.pronamespace JOIN me ON me.oid = p.proowner
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_proc'::regclass AND objid = p.oid)
    UNION ALL
    SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, $OWNER)
      FROM pg_type t JOIN userns n ON n.oid = t.typnamespace JOIN me ON me.oid = t.typowner
     WHERE t.typtype IN ('b', 'd', 'e', 'r', 'm') AND t.typrelid = 0
       AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_range r WHERE r.rngmultitypid = t.oid)
       AND NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = t.oid)
    UNION ALL
    SELECT format('ALTER OPERATOR %s OWNER TO %I', o.oid::regoperator, $OWNER)
      FROM pg_operator o JOIN userns n ON n.oid = o.oprnamespace JOIN me ON me.oid = o.oprowner
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_operator'::regclass AND objid = o.oid)
    UNION ALL
    SELECT format('ALTER COLLATION %I.%I OWNER TO %I', n.nspname, c.collname, $OWNER)
      FROM pg_collation c JOIN userns n ON n.oid = c.collnamespace JOIN me ON me.oid = c.collowner
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_collation'::regclass AND objid = c.oid)
    UNION ALL
    SELECT format('ALTER CONVERSION %I.%I OWNER TO %I', n.nspname, c.conname, $OWNER)
      FROM pg_conversion c JOIN userns n ON n.oid = c.connamespace JOIN me ON me.oid = c.conowner
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_conversion'::regclass AND objid = c.oid)
    UNION ALL
    SELECT format('ALTER STATISTICS %I.%I OWNER TO %I', n.nspname, x.stxname, $OWNER)
      FROM pg_statistic_ext x JOIN userns n ON n.oid = x.stxnamespace JOIN me ON me.oid = x.stxowner
    UNION ALL
    SELECT format('ALTER TEXT SEARCH CONFIGURATION %I.%I OWNER TO %I', n.nspname, c.cfgname, $OWNER)
      FROM pg_ts_config c JOIN userns n ON n.oid = c.cfgnamespace JOIN me ON me.oid = c.cfgowner
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_ts_config'::regclass AND objid = c.oid)
    UNION ALL
    SELECT format('ALTER TEXT SEARCH DICTIONARY %I.%I OWNER TO %I', n.nspname, d.dictname, $OWNER)
      FROM pg_ts_dict d JOIN userns n ON n.oid = d.dictnamespace JOIN me ON me.oid = d.dictowner
     WHERE NOT EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_ts_dict'::regclass AND objid = d.oid)
    UNION ALL
    SELECT format('ALTER LARGE OBJECT %s OWNER TO %I', l.oid, $OWNER)
      FROM pg_largeobject_metadata l JOIN me ON me.oid = l.lomowner
  LOOP
    EXECUTE s;
    INSERT INTO pgx_reassigned VALUES (s);
  END LOOP;
END)SQL")
                             .replace(QStringLiteral("$OWNER"), PgClient::quoteLiteral(owner));
    return QStringLiteral("CREATE TEMP TABLE pgx_reassigned (statement text);\n%1\nSELECT count(*) FROM pgx_reassigned;\n")
        .arg(PgClient::doBlock(body));
}

StepResult ReassignOwnerStep::run(StepContext &ctx)
{
    const PgResult r = ctx.target->query(m_db, sql(m_owner), ctx.cancel);
    if (r.cancelled)
        return StepResult::cancelled();
    if (!r.ok)
        return StepResult::failed(tr("cannot give the objects of %1 to %2").arg(m_db, m_owner), r.error);
    return StepResult::ok(tr("%1 object(s) now owned by %2").arg(r.scalar(), m_owner));
}

} // namespace pgcrossing

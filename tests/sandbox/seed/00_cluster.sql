-- Cluster-wide part of the source seed: roles and the databases the other seed files fill.
-- Run against database "postgres" with  -v hostile_db=NAME  (the database whose name is hostile).
-- Re-runnable: it first removes what an earlier (possibly half-finished) seed left behind,
-- including logical replication slots that would block DROP DATABASE.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

SELECT pg_terminate_backend(active_pid)
  FROM pg_replication_slots
 WHERE active_pid IS NOT NULL
   AND database IN ('account', 'knowledge_db', 'ai_learning_companion', :'hostile_db');
SELECT pg_drop_replication_slot(slot_name)
  FROM pg_replication_slots
 WHERE NOT active
   AND database IN ('account', 'knowledge_db', 'ai_learning_companion', :'hostile_db');

DROP DATABASE IF EXISTS account WITH (FORCE);
DROP DATABASE IF EXISTS knowledge_db WITH (FORCE);
DROP DATABASE IF EXISTS ai_learning_companion WITH (FORCE);
DROP DATABASE IF EXISTS :"hostile_db" WITH (FORCE);

DROP ROLE IF EXISTS app_reader;
DROP ROLE IF EXISTS app_owner;

-- Owner of the application tables in "account" (the runbooks' FAQ: permissions after restore).
CREATE ROLE app_owner NOLOGIN;
-- Read-only role with grants, so a migration has privileges (not only owners) to carry over.
CREATE ROLE app_reader NOLOGIN;
COMMENT ON ROLE app_owner IS 'owns the account application tables';

CREATE DATABASE account OWNER app_owner;
CREATE DATABASE knowledge_db;
CREATE DATABASE ai_learning_companion;
CREATE DATABASE :"hostile_db";
COMMENT ON DATABASE :"hostile_db" IS 'name with space, quotes, $, ; and non-ASCII on purpose';

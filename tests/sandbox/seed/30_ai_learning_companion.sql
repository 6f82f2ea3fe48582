-- Database "ai_learning_companion": an application database with a large connect-pg-simple style
-- "session" table (json, not jsonb: whitespace, key order and duplicate keys are preserved and must
-- survive a migration byte for byte). Run with  -v rows=N  (rows of "session").
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

CREATE TABLE users (
    id           bigserial PRIMARY KEY,
    external_id  uuid NOT NULL UNIQUE,
    nickname     text NOT NULL,
    locale       text NOT NULL DEFAULT 'zh-CN',
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memories (
    id          bigserial PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        text NOT NULL,
    content     text NOT NULL,
    importance  real NOT NULL DEFAULT 0.5,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX memories_user_id_idx ON memories (user_id, created_at DESC);

CREATE TABLE messages (
    id          bigserial PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role        text NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
    content     text NOT NULL,
    tokens      integer,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX messages_user_id_created_at_idx ON messages (user_id, created_at);

CREATE TABLE system_config (
    key         text PRIMARY KEY,
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memory_embeddings (
    memory_id   bigint PRIMARY KEY REFERENCES memories (id) ON DELETE CASCADE,
    model       text NOT NULL,
    embedding   float4[] NOT NULL
);

CREATE TABLE cluster_result_cache (
    id          serial PRIMARY KEY,
    cache_key   text NOT NULL UNIQUE,
    result      jsonb NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now()
);

-- Exactly what connect-pg-simple's table.sql creates.
CREATE TABLE "session" (
    "sid" varchar NOT NULL COLLATE "default",
    "sess" json NOT NULL,
    "expire" timestamp(6) NOT NULL
) WITH (OIDS=FALSE);
ALTER TABLE "session" ADD CONSTRAINT "session_pkey" PRIMARY KEY ("sid") NOT DEFERRABLE INITIALLY IMMEDIATE;
CREATE INDEX "IDX_session_expire" ON "session" ("expire");

INSERT INTO users (external_id, nickname, locale, created_at)
SELECT md5('user' || i)::uuid,
       CASE WHEN i % 2 = 0 THEN '学习者' || i ELSE 'learner_' || i END,
       CASE WHEN i % 3 = 0 THEN 'en-US' ELSE 'zh-CN' END,
       timestamptz '2025-06-01 08:00:00+08' + i * interval '3 hours'
  FROM generate_series(1, 200) AS i;

INSERT INTO memories (user_id, kind, content, importance, created_at)
SELECT 1 + (i % 200),
       (ARRAY['fact', 'preference', 'goal', 'episode'])[1 + i % 4],
       CASE WHEN i % 2 = 0 THEN '用户喜欢在晚上学习数学，第' || i || '条记忆。'
            ELSE 'User prefers short explanations; memory #' || i END,
       (i % 100) / 100.0,
       timestamptz '2025-07-01 00:00:00+00' + i * interval '17 minutes'
  FROM generate_series(1, 2000) AS i;

INSERT INTO memory_embeddings (memory_id, model, embedding)
SELECT id, 'text-embedding-sandbox-32',
       (SELECT array_agg(round(cos(id * k)::numeric, 6)::float4 ORDER BY k) FROM generate_series(1, 32) k)
  FROM memories WHERE id % 2 = 0;

INSERT INTO messages (user_id, role, content, tokens, created_at)
SELECT 1 + (i % 200),
       (ARRAY['user', 'assistant', 'system'])[1 + i % 3],
       CASE i % 3 WHEN 0 THEN '请解释一下二次方程的求根公式？(' || i || ')'
                  WHEN 1 THEN 'The quadratic formula is x = (-b ± √(b² − 4ac)) / 2a. 第' || i || '条'
                  ELSE 'system: keep answers friendly 🙂 #' || i END,
       10 + i % 500,
       timestamptz '2025-08-01 00:00:00+00' + i * interval '1 minute'
  FROM generate_series(1, 5000) AS i;

INSERT INTO system_config (key, value) VALUES
    ('model.default', '{"name": "companion-large", "temperature": 0.7, "max_tokens": 2048}'),
    ('feature.flags', '{"memories": true, "clustering": false, "beta": ["zh", "en"]}'),
    ('prompt.system', '{"zh": "你是一位耐心的学习伙伴。", "en": "You are a patient learning companion."}'),
    ('limits', '{"daily_messages": 500, "ratio": 0.125, "nothing": null}');

INSERT INTO cluster_result_cache (cache_key, result, computed_at)
SELECT 'user:' || u || ':clusters:v2',
       jsonb_build_object('user', u, 'k', 4,
                          'clusters', (SELECT jsonb_agg(jsonb_build_object('id', c, 'label', '主题' || c,
                                                                            'centroid', jsonb_build_array(sin(u * c), cos(u * c)),
                                                                            'members', c * 3 + u % 5))
                                         FROM generate_series(1, 4) c)),
       timestamptz '2026-01-15 00:00:00+00' + u * interval '5 minutes'
  FROM generate_series(1, 150) AS u;

-- :rows sessions; a handful of hand-written payloads with odd whitespace and a duplicate key.
INSERT INTO "session" (sid, sess, expire)
SELECT substr(encode(sha256(('sid-' || i)::bytea), 'base64'), 1, 32),
       CASE i
         WHEN 1 THEN '{"cookie":{"originalMaxAge":null,"expires":null,"httpOnly":true,"path":"/"},  "passport" : {"user":1},"passport":{"user":2}}'::json
         WHEN 2 THEN E'{\n  "cookie": {"path": "/"},\n\t"flash": {"info": ["已保存 ✅"]}\n}'::json
         ELSE json_build_object(
                'cookie', json_build_object('originalMaxAge', 2592000000,
                                            'expires', to_char(timestamp '2026-03-01' + i * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                            'secure', i % 2 = 0, 'httpOnly', true, 'path', '/'),
                'passport', json_build_object('user', 1 + i % 200),
                'csrfSecret', md5('csrf' || i),
                'lastRoute', '/learn/lesson/' || (i % 97) || '?tab=练习',
                'ua', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12' || (i % 10) || '.0 Safari/537.36')
       END,
       timestamp '2026-03-01 00:00:00' + i * interval '1 minute' + (i % 1000) * interval '1 microsecond'
  FROM generate_series(1, :rows) AS i;

ANALYZE;

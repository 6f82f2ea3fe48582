-- Database "knowledge_db" (rag-server.svc.plus in the seed runbook).
-- public.jieba_search stands in for pg_jieba's configuration (pg_jieba is not packaged here): it is
-- created as COPY = pg_catalog.simple, and the generated column depends on it exactly as in the
-- runbook, so dump/restore order and the "recreate after restore" workaround can be exercised.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TEXT SEARCH CONFIGURATION public.jieba_search ( COPY = pg_catalog.simple );

CREATE TABLE documents (
    id          serial PRIMARY KEY,
    title       text,
    content     text,
    meta        hstore,
    embedding   float4[],
    content_tsv tsvector GENERATED ALWAYS AS
        (setweight(to_tsvector('jieba_search'::regconfig, COALESCE(content, ''::text)), 'A'::"char")) STORED
);
CREATE INDEX documents_content_tsv_idx ON documents USING gin (content_tsv);
CREATE INDEX documents_meta_idx ON documents USING gin (meta);

WITH words AS (
    SELECT ARRAY['数据库', '迁移', '备份', '恢复', '逻辑复制', '全文检索', '结巴分词', '容器', '主机', '校验',
                 '用户', '会话', '向量', '索引', '扩展']                                  AS zh,
           ARRAY['database', 'migration', 'backup', 'restore', 'logical', 'replication', 'search',
                 'container', 'host', 'checksum', 'vector', 'index', 'extension', 'sequence', 'schema'] AS en
)
INSERT INTO documents (title, content, meta, embedding)
SELECT CASE WHEN i % 2 = 0 THEN '文档 ' || i || '：' || zh[1 + i % 15] || zh[1 + (i * 7) % 15]
            ELSE 'Document ' || i || ': ' || en[1 + i % 15] || ' ' || en[1 + (i * 3) % 15] END,
       CASE WHEN i % 3 = 0 THEN
                (SELECT string_agg(zh[1 + (i * k) % 15], '' ORDER BY k) FROM generate_series(1, 40) k) || '。'
            WHEN i % 3 = 1 THEN
                (SELECT string_agg(en[1 + (i + k * 5) % 15], ' ' ORDER BY k) FROM generate_series(1, 60) k) || '.'
            ELSE
                '混合 mixed text ' || zh[1 + i % 15] || ' ' || en[1 + i % 15] || ' — ' ||
                (SELECT string_agg(zh[1 + k % 15] || ' ' || en[1 + (k * i) % 15], '，' ORDER BY k)
                   FROM generate_series(1, 25) k)
       END,
       hstore(ARRAY['source', 'lang', 'rank'],
              ARRAY[CASE WHEN i % 4 = 0 THEN 'wiki' ELSE 'upload' END,
                    CASE WHEN i % 3 = 0 THEN 'zh' WHEN i % 3 = 1 THEN 'en' ELSE 'mixed' END,
                    (i % 10)::text]),
       (SELECT array_agg(round(sin(i * k)::numeric, 6)::float4 ORDER BY k) FROM generate_series(1, 16) k)
  FROM generate_series(1, 400) AS i, words;

-- A few edge rows: NULL content (generated column of an empty string), hstore with NULL value.
INSERT INTO documents (title, content, meta, embedding)
VALUES ('empty', NULL, 'a=>NULL, "key with space"=>"値"', NULL),
       ('空文档', '', '', '{}');
DELETE FROM documents WHERE id IN (3, 5, 8);

ANALYZE;

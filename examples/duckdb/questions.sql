-- Three questions answered from newsframe's Parquet output with DuckDB.
--
--   duckdb < examples/duckdb/questions.sql          (from the folder that holds output/)
--
-- or paste the queries into any DuckDB client: Python (duckdb.sql), R (duckdb), DBeaver, the DuckDB UI.
-- Change 'output/' below if your tables are elsewhere; polars, pandas and Spark read the same files.
-- Column meanings: output/SCHEMA.md.

CREATE OR REPLACE VIEW articles  AS SELECT * FROM 'output/articles.parquet';
CREATE OR REPLACE VIEW sentences AS SELECT * FROM 'output/sentences.parquet';
CREATE OR REPLACE VIEW mentions  AS SELECT * FROM 'output/mentions.parquet';
CREATE OR REPLACE VIEW entities  AS SELECT * FROM 'output/entities.parquet';
CREATE OR REPLACE VIEW quotes    AS SELECT * FROM 'output/quotes.parquet';

-- Publication times are stored in UTC; count weeks in UTC too.
SET TimeZone = 'UTC';

-- 1. Who is quoted most about a topic?
--    A quote is about the topic when the quote or the sentence it starts in names it (case-insensitive).
--    The speaker is the resolved entity when there is one, else the speaker as written.
SET VARIABLE topic = 'Iran';

SELECT
  coalesce(e.canonical_name, q.speaker_text)    AS speaker,
  count(*)                                      AS quotes,
  count(DISTINCT q.article_id)                  AS articles,
  arg_max(q.text, q.confidence)                 AS example_quote
FROM quotes q
JOIN sentences s ON s.article_id = q.article_id AND s.sentence_index = q.sentence_index
LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
WHERE q.speaker_text IS NOT NULL
  AND lower(q.speaker_text) NOT IN ('he', 'she', 'they', 'it', 'we', 'i', 'you')
  AND (q.text ILIKE '%' || getvariable('topic') || '%' OR s.text ILIKE '%' || getvariable('topic') || '%')
GROUP BY ALL
ORDER BY quotes DESC, speaker
LIMIT 20;

-- 2. Which organisations appear together? Pairs of ORG entities in the same article, by articles shared.
--    Names written inside a longer name ("Google" in "Google Chrome": nested_in set) are left out.
WITH org_in_article AS (
  SELECT DISTINCT m.article_id, m.entity_id, e.canonical_name
  FROM mentions m JOIN entities e USING (entity_id)
  WHERE e.type = 'ORG' AND m.nested_in IS NULL
)
SELECT
  a.canonical_name       AS organisation_a,
  b.canonical_name       AS organisation_b,
  count(*)               AS articles
FROM org_in_article a
JOIN org_in_article b ON b.article_id = a.article_id AND a.canonical_name < b.canonical_name
GROUP BY ALL
ORDER BY articles DESC, organisation_a, organisation_b
LIMIT 50;

-- 3. Mentions per week (weeks start on Monday), by the articles' publication date; undated articles are left out,
--    and so are names inside a longer name ("Texas" in "University of Texas"), so each stretch of text counts once.
SELECT
  date_trunc('week', a.published_at)::DATE   AS week,
  count(DISTINCT a.article_id)               AS articles,
  count(*)                                   AS mentions,
  count(*) FILTER (WHERE m.type = 'PERSON')  AS person_mentions,
  count(*) FILTER (WHERE m.type = 'ORG')     AS org_mentions,
  count(*) FILTER (WHERE m.type = 'LOC')     AS loc_mentions
FROM articles a
JOIN mentions m USING (article_id)
WHERE a.published_at IS NOT NULL AND m.nested_in IS NULL
GROUP BY ALL
ORDER BY week;

-- Content checksums of the archive tables, ids included, alias and topic ids left out (an import mints those):
-- equal output means equal data, derived claim columns included. Used by bench/import-bench.sh.
SET TimeZone = 'UTC';
SELECT 'articles' AS data, count(*) AS rows, md5(string_agg(concat_ws('|', id, title, url, outlet, published_at, language, md5(body), created_at, updated_at), ',' ORDER BY id)) FROM articles
UNION ALL
SELECT 'actors', count(*), md5(string_agg(concat_ws('|', id, name, kind, description, member_of_id, wikidata_id, created_at, updated_at,
       (SELECT string_agg(x.name, ';' ORDER BY x.id) FROM actor_aliases x WHERE x.actor_id = a.id)), ',' ORDER BY id)) FROM actors a
UNION ALL
SELECT 'claims', count(*), md5(string_agg(concat_ws('|', id, actor_id, text, quote, kind, stated_at, evidence_provided, created_at, updated_at,
       said_at, first_article_id, dispute_count, support_count, disputing_actor_count), ',' ORDER BY id)) FROM claims
UNION ALL
SELECT 'appearances', count(*), md5(string_agg(concat_ws('|', id, claim_id, article_id, quote, quote_start, quote_end, kind, created_at), ',' ORDER BY id)) FROM claim_appearances
UNION ALL
SELECT 'claim_topics', count(*), md5(string_agg(ct.claim_id || t.slug, ',' ORDER BY ct.claim_id, t.slug)) FROM claim_topics ct JOIN topics t ON t.id = ct.topic_id
UNION ALL
SELECT 'relations', count(*), md5(string_agg(concat_ws('|', id, source_claim_id, type, target_claim_id, created_at), ',' ORDER BY id)) FROM claim_relations;

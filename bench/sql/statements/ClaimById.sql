SELECT s.id, s.text, s.quote, s.kind, s.stated_at, s.evidence_provided, s.id0, s.name, s.kind0, s0.id, s0.id0, s0.title, s0.url, s0.outlet, s0.published_at, s0.quote, s0.kind, s0.quote_start, s0.quote_end, s0.created_at, s1.slug, s1.claim_id, s1.topic_id, s1.id, s.said_at, s.created_at, s.updated_at, s.c, s2.c, s2.rating_value, s2.id, s2.id0
FROM (
    SELECT c.id, c.text, c.quote, c.kind, c.stated_at, c.evidence_provided, a.id AS id0, a.name, a.kind AS kind0, c.said_at, c.created_at, c.updated_at, (
        SELECT count(*)::int
        FROM verdicts AS v
        WHERE c.id = v.claim_id) AS c
    FROM claims AS c
    INNER JOIN actors AS a ON c.actor_id = a.id
    WHERE c.id = $1
    LIMIT 1
) AS s
LEFT JOIN (
    SELECT c0.id, a0.id AS id0, a0.title, a0.url, a0.outlet, a0.published_at, c0.quote, c0.kind, c0.quote_start, c0.quote_end, c0.created_at, c0.claim_id
    FROM claim_appearances AS c0
    INNER JOIN articles AS a0 ON c0.article_id = a0.id
) AS s0 ON s.id = s0.claim_id
LEFT JOIN (
    SELECT t.slug, c1.claim_id, c1.topic_id, t.id
    FROM claim_topics AS c1
    INNER JOIN topics AS t ON c1.topic_id = t.id
) AS s1 ON s.id = s1.claim_id
LEFT JOIN (
    SELECT CASE
        WHEN a1.id IS NOT NULL THEN a1.name
        ELSE v0.reviewer_name
    END AS c, v0.rating_value, v0.id, a1.id AS id0, v0.claim_id
    FROM verdicts AS v0
    LEFT JOIN actors AS a1 ON v0.reviewer_actor_id = a1.id
) AS s2 ON s.id = s2.claim_id
ORDER BY s.id, s.id0, s0.id, s0.id0, s1.slug, s1.claim_id, s1.topic_id, s1.id, s2.id

SELECT c.id, c.text, c.quote, c.kind, c.stated_at, c.evidence_provided, a.id, a.name, a.kind, s.id, s.id0, s.title, s.url, s.outlet, s.published_at, s.quote, s.kind, s.quote_start, s.quote_end, s.created_at, s0.slug, s0.claim_id, s0.topic_id, s0.id, c.said_at, c.created_at, c.updated_at, (
    SELECT count(*)::int
    FROM verdicts AS v
    WHERE c.id = v.claim_id), s1.c, s1.rating_value, s1.id, s1.id0
FROM claims AS c
INNER JOIN actors AS a ON c.actor_id = a.id
LEFT JOIN (
    SELECT c0.id, a0.id AS id0, a0.title, a0.url, a0.outlet, a0.published_at, c0.quote, c0.kind, c0.quote_start, c0.quote_end, c0.created_at, c0.claim_id
    FROM claim_appearances AS c0
    INNER JOIN articles AS a0 ON c0.article_id = a0.id
) AS s ON c.id = s.claim_id
LEFT JOIN (
    SELECT t.slug, c1.claim_id, c1.topic_id, t.id
    FROM claim_topics AS c1
    INNER JOIN topics AS t ON c1.topic_id = t.id
) AS s0 ON c.id = s0.claim_id
LEFT JOIN (
    SELECT CASE
        WHEN a1.id IS NOT NULL THEN a1.name
        ELSE v0.reviewer_name
    END AS c, v0.rating_value, v0.id, a1.id AS id0, v0.claim_id
    FROM verdicts AS v0
    LEFT JOIN actors AS a1 ON v0.reviewer_actor_id = a1.id
) AS s1 ON c.id = s1.claim_id
WHERE c.id = ANY ($1)
ORDER BY c.id, a.id, s.id, s.id0, s0.slug, s0.claim_id, s0.topic_id, s0.id, s1.id

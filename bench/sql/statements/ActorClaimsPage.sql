SELECT c0.id, c0.text, c0.quote, c0.kind, c0.said_at, c0.evidence_provided, a.id, a.name, a.kind, a0.id IS NULL, a0.id, a0.title, a0.url, a0.outlet, a0.published_at, c0.dispute_count, c0.support_count
FROM (
    SELECT c.id, c.actor_id, c.dispute_count, c.evidence_provided, c.first_article_id, c.kind, c.quote, c.said_at, c.support_count, c.text
    FROM claims AS c
    WHERE c.actor_id = ANY ($1)
    ORDER BY c.said_at DESC, c.id DESC
    LIMIT $2
) AS c0
INNER JOIN actors AS a ON c0.actor_id = a.id
LEFT JOIN articles AS a0 ON c0.first_article_id = a0.id
ORDER BY c0.said_at DESC, c0.id DESC

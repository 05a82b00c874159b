SELECT c.id, c.text, c.quote, c.kind, c.said_at, c.evidence_provided, a.id, a.name, a.kind, a0.id IS NULL, a0.id, a0.title, a0.url, a0.outlet, a0.published_at
FROM claims AS c
INNER JOIN actors AS a ON c.actor_id = a.id
LEFT JOIN articles AS a0 ON c.first_article_id = a0.id
WHERE c.id = ANY ($1)

SELECT c0.actor_id, c0.id, c0.text, c0.quote, c0.kind, a.id IS NULL, a.id, a.title, a.url, a.outlet, a.published_at, c.id
FROM claim_relations AS c
INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
LEFT JOIN articles AS a ON c0.first_article_id = a.id
WHERE c.target_claim_id = $1 AND c.type = $2 AND c0.actor_id = ANY ($3)
ORDER BY c.source_claim_id

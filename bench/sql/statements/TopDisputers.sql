SELECT c.target_claim_id, a.id, a.name, a.kind, count(*)::int
FROM claim_relations AS c
INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
INNER JOIN actors AS a ON c0.actor_id = a.id
WHERE c.type = 'disputes' AND c.target_claim_id = ANY ($1)
GROUP BY c.target_claim_id, a.id, a.name, a.kind

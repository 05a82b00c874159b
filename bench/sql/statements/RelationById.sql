SELECT c.id, c.type, c0.id, c0.text, a.id, a.name, a.kind, c1.id, c1.text, a0.id, a0.name, a0.kind, c.created_at
FROM claim_relations AS c
INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
INNER JOIN actors AS a ON c0.actor_id = a.id
INNER JOIN claims AS c1 ON c.target_claim_id = c1.id
INNER JOIN actors AS a0 ON c1.actor_id = a0.id
WHERE c.id = $1
LIMIT 1

SELECT c.id
FROM claim_relations AS c
WHERE c.source_claim_id = $1 AND c.type = $2 AND c.target_claim_id = $3
LIMIT 1

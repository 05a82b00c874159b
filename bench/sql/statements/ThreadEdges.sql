SELECT c.source_claim_id, c.target_claim_id, c.type, c.id
FROM claim_relations AS c
WHERE c.source_claim_id = ANY ($1) AND c.target_claim_id = ANY ($1)
ORDER BY c.id

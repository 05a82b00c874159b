INSERT INTO claim_relations (id, created_at, source_claim_id, target_claim_id, type)
VALUES ($1, $2, $3, $4, $5)
RETURNING xmin

SELECT c.source_claim_id AS "SourceClaimId", c.target_claim_id AS "TargetClaimId"
FROM claim_relations AS c
WHERE c.source_claim_id = ANY ($1) OR c.target_claim_id = ANY ($1)

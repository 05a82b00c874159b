\set i random(1, :n_claims)
\set j 1 + (:i + random(0, :n_claims - 2)) % :n_claims
SELECT id AS source FROM bench_claims WHERE n = :i \gset
SELECT id AS target FROM bench_claims WHERE n = :j \gset
SELECT set_config('claimtracker.key_name', 'bench', false);
SELECT EXISTS (
    SELECT 1
    FROM claims AS c
    WHERE c.id = :source);
SELECT EXISTS (
    SELECT 1
    FROM claims AS c
    WHERE c.id = :target);
SELECT c.id
FROM claim_relations AS c
WHERE c.source_claim_id = :source AND c.type = 'disputes' AND c.target_claim_id = :target
LIMIT 1;
INSERT INTO claim_relations (id, created_at, source_claim_id, target_claim_id, type)
VALUES (gen_random_uuid(), now(), :source, :target, 'disputes')
RETURNING id AS new_id, xmin \gset
SELECT c.id, c.type, c0.id, c0.text, a.id, a.name, a.kind, c1.id, c1.text, a0.id, a0.name, a0.kind, c.created_at
FROM claim_relations AS c
INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
INNER JOIN actors AS a ON c0.actor_id = a.id
INNER JOIN claims AS c1 ON c.target_claim_id = c1.id
INNER JOIN actors AS a0 ON c1.actor_id = a0.id
WHERE c.id = :new_id
LIMIT 1;

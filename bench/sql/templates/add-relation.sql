\set i random(1, :n_claims)
\set j 1 + (:i + random(0, :n_claims - 2)) % :n_claims
SELECT id AS source FROM bench_claims WHERE n = :i \gset
SELECT id AS target FROM bench_claims WHERE n = :j \gset
SELECT set_config('claimtracker.key_name', 'bench', false);
{{ClaimExists :source}};
{{ClaimExists :target}};
{{DuplicateRelation :source, 'disputes', :target}};
{{InsertRelation gen_random_uuid(), now(), :source, :target, 'disputes' | returning id AS new_id}} \gset
{{RelationById :new_id}};

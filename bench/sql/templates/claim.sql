\set i random(1, :n_claims)
SELECT id FROM bench_claims WHERE n = :i \gset
{{ClaimVersion :id}};
{{ClaimById :id}};

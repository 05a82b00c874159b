\set i random(1, :n_actors)
SELECT id AS actor FROM bench_actors WHERE n = :i \gset
SELECT set_config('claimtracker.key_name', 'bench', false);
{{ActorExists :actor}};
{{InsertClaim gen_random_uuid(), :actor, now(), NULL, 'indirect', NULL, NULL, 'The bench says so: ' || :i, now() | returning id AS new_id}} \gset
{{ClaimById :new_id}};

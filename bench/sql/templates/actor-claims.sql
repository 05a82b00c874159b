\set i random(1, :n_actors)
SELECT id, '{' || id || '}' AS actorids FROM bench_actors WHERE n = :i \gset
{{ActorExists :id}};
{{ActorClaimsPage :actorids, 21}};

\set i random(1, :n_disputed)
SELECT id FROM bench_disputed WHERE n = :i \gset
{{ClaimById :id}};
SELECT coalesce((array_agg(s."Id"))[1:20], '{}') AS sideids
  FROM (
{{SidesRanked :id, 'disputes', 21}}
) AS s \gset
{{CounterClaims :id, 'disputes', :sideids}};

\set i random(1, :n_terms)
SELECT q FROM bench_terms WHERE n = :i \gset
SELECT coalesce((array_agg(s."Id"))[1:20], '{}') AS ids
  FROM (
{{SearchRanked :q, 21}}
) AS s \gset
{{ResponsesByIds :ids}};

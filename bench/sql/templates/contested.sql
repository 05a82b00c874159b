\set i random(1, :n_periods)
SELECT "from" AS start, "to"::date + 1 AS "end" FROM bench_periods WHERE n = :i \gset
SELECT coalesce((array_agg(s."ClaimId"))[1:20], '{}') AS ids
  FROM (
{{ContestedRanked :start, :end, 21}}
) AS s \gset
{{Summaries :ids}};
{{TopDisputers :ids}};

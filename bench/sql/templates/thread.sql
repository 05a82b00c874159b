\set i random(1, :n_disputed)
SELECT id, '{' || id || '}' AS frontier, '{' || id || '}' AS visited, 0 AS truncated, 1 AS nf FROM bench_disputed WHERE n = :i \gset
{{ClaimExists :id}};
SELECT f::text AS frontier, (:visited::uuid[] || f[1:500 - cardinality(:visited::uuid[])])::text AS visited,
       cardinality(f) AS nf, (cardinality(f) > 500 - cardinality(:visited::uuid[]))::int AS truncated
  FROM (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') AS f
          FROM (
{{ThreadLevel :frontier}}
) AS s, LATERAL (VALUES (s."SourceClaimId"), (s."TargetClaimId")) AS v(x)
         WHERE x <> ALL (:visited::uuid[])) AS t \gset
\if :truncated = 0 and :nf > 0
SELECT f::text AS frontier, (:visited::uuid[] || f[1:500 - cardinality(:visited::uuid[])])::text AS visited,
       cardinality(f) AS nf, (cardinality(f) > 500 - cardinality(:visited::uuid[]))::int AS truncated
  FROM (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') AS f
          FROM (
{{ThreadLevel :frontier}}
) AS s, LATERAL (VALUES (s."SourceClaimId"), (s."TargetClaimId")) AS v(x)
         WHERE x <> ALL (:visited::uuid[])) AS t \gset
\endif
\if :truncated = 0 and :nf > 0
SELECT f::text AS frontier, (:visited::uuid[] || f[1:500 - cardinality(:visited::uuid[])])::text AS visited,
       cardinality(f) AS nf, (cardinality(f) > 500 - cardinality(:visited::uuid[]))::int AS truncated
  FROM (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') AS f
          FROM (
{{ThreadLevel :frontier}}
) AS s, LATERAL (VALUES (s."SourceClaimId"), (s."TargetClaimId")) AS v(x)
         WHERE x <> ALL (:visited::uuid[])) AS t \gset
\endif
{{Summaries :visited}};
{{ThreadEdges :visited}};

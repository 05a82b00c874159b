\set i random(1, :n_disputed)
SELECT id, '{' || id || '}' AS frontier, '{' || id || '}' AS visited, 0 AS truncated, 1 AS nf FROM bench_disputed WHERE n = :i \gset
SELECT EXISTS (
    SELECT 1
    FROM claims AS c
    WHERE c.id = :id);
SELECT f::text AS frontier, (:visited::uuid[] || f[1:500 - cardinality(:visited::uuid[])])::text AS visited,
       cardinality(f) AS nf, (cardinality(f) > 500 - cardinality(:visited::uuid[]))::int AS truncated
  FROM (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') AS f
          FROM (
SELECT c.source_claim_id AS "SourceClaimId", c.target_claim_id AS "TargetClaimId"
FROM claim_relations AS c
WHERE c.source_claim_id = ANY (:frontier) OR c.target_claim_id = ANY (:frontier)
) AS s, LATERAL (VALUES (s."SourceClaimId"), (s."TargetClaimId")) AS v(x)
         WHERE x <> ALL (:visited::uuid[])) AS t \gset
\if :truncated = 0 and :nf > 0
SELECT f::text AS frontier, (:visited::uuid[] || f[1:500 - cardinality(:visited::uuid[])])::text AS visited,
       cardinality(f) AS nf, (cardinality(f) > 500 - cardinality(:visited::uuid[]))::int AS truncated
  FROM (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') AS f
          FROM (
SELECT c.source_claim_id AS "SourceClaimId", c.target_claim_id AS "TargetClaimId"
FROM claim_relations AS c
WHERE c.source_claim_id = ANY (:frontier) OR c.target_claim_id = ANY (:frontier)
) AS s, LATERAL (VALUES (s."SourceClaimId"), (s."TargetClaimId")) AS v(x)
         WHERE x <> ALL (:visited::uuid[])) AS t \gset
\endif
\if :truncated = 0 and :nf > 0
SELECT f::text AS frontier, (:visited::uuid[] || f[1:500 - cardinality(:visited::uuid[])])::text AS visited,
       cardinality(f) AS nf, (cardinality(f) > 500 - cardinality(:visited::uuid[]))::int AS truncated
  FROM (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') AS f
          FROM (
SELECT c.source_claim_id AS "SourceClaimId", c.target_claim_id AS "TargetClaimId"
FROM claim_relations AS c
WHERE c.source_claim_id = ANY (:frontier) OR c.target_claim_id = ANY (:frontier)
) AS s, LATERAL (VALUES (s."SourceClaimId"), (s."TargetClaimId")) AS v(x)
         WHERE x <> ALL (:visited::uuid[])) AS t \gset
\endif
SELECT c.id, c.text, c.quote, c.kind, c.said_at, c.evidence_provided, a.id, a.name, a.kind, a0.id IS NULL, a0.id, a0.title, a0.url, a0.outlet, a0.published_at
FROM claims AS c
INNER JOIN actors AS a ON c.actor_id = a.id
LEFT JOIN articles AS a0 ON c.first_article_id = a0.id
WHERE c.id = ANY (:visited);
SELECT c.source_claim_id, c.target_claim_id, c.type, c.id
FROM claim_relations AS c
WHERE c.source_claim_id = ANY (:visited) AND c.target_claim_id = ANY (:visited)
ORDER BY c.id;

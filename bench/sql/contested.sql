\set i random(1, :n_periods)
SELECT "from" AS start, "to"::date + 1 AS "end" FROM bench_periods WHERE n = :i \gset
SELECT coalesce((array_agg(s."ClaimId"))[1:20], '{}') AS ids
  FROM (
SELECT c.id AS "ClaimId", c.disputing_actor_count AS "Actors", c.dispute_count AS "Relations"
FROM claims AS c
WHERE c.dispute_count > 0 AND c.said_at >= :start AND c.said_at < :end
ORDER BY c.disputing_actor_count DESC, c.dispute_count DESC, c.id
LIMIT 21
) AS s \gset
SELECT c.id, c.text, c.quote, c.kind, c.said_at, c.evidence_provided, a.id, a.name, a.kind, a0.id IS NULL, a0.id, a0.title, a0.url, a0.outlet, a0.published_at
FROM claims AS c
INNER JOIN actors AS a ON c.actor_id = a.id
LEFT JOIN articles AS a0 ON c.first_article_id = a0.id
WHERE c.id = ANY (:ids);
SELECT c.target_claim_id, a.id, a.name, a.kind, count(*)::int
FROM claim_relations AS c
INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
INNER JOIN actors AS a ON c0.actor_id = a.id
WHERE c.type = 'disputes' AND c.target_claim_id = ANY (:ids)
GROUP BY c.target_claim_id, a.id, a.name, a.kind;

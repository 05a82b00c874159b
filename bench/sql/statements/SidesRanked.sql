SELECT a.id AS "Id", a.name AS "Name", a.kind AS "Kind", s."Count"
FROM (
    SELECT c0.actor_id AS "ActorId", count(*)::int AS "Count"
    FROM claim_relations AS c
    INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
    WHERE c.target_claim_id = $1 AND c.type = $2
    GROUP BY c0.actor_id
) AS s
INNER JOIN actors AS a ON s."ActorId" = a.id
ORDER BY s."Count" DESC, a.name, a.id
LIMIT $3

SELECT c.id AS "ClaimId", c.disputing_actor_count AS "Actors", c.dispute_count AS "Relations"
FROM claims AS c
WHERE c.dispute_count > 0 AND c.said_at >= $1 AND c.said_at < $2
ORDER BY c.disputing_actor_count DESC, c.dispute_count DESC, c.id
LIMIT $3

SELECT c.id AS "Id", CASE
    WHEN c.search_vector @@ phraseto_tsquery('english', $1) THEN 1
    ELSE 0
END AS "Phrase", ts_rank_cd(c.search_vector, websearch_to_tsquery('english', $1)) AS "Rank", c.said_at AS "SaidAt"
FROM claims AS c
WHERE c.search_vector @@ websearch_to_tsquery('english', $1)
ORDER BY CASE
    WHEN c.search_vector @@ phraseto_tsquery('english', $1) THEN 1
    ELSE 0
END DESC, ts_rank_cd(c.search_vector, websearch_to_tsquery('english', $1)) DESC, c.said_at DESC, c.id DESC
LIMIT $2

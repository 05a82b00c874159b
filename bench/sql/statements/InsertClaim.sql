INSERT INTO claims (id, actor_id, created_at, evidence_provided, kind, quote, stated_at, text, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
RETURNING dispute_count, disputing_actor_count, first_article_id, said_at, search_vector, support_count, xmin

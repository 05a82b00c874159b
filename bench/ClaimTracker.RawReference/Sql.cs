namespace ClaimTracker.RawReference;

/// <summary>The SQL the API sends (captured from EF Core's command log), with Npgsql's positional parameters.</summary>
internal static class Sql
{
    // parameters: id
    public const string ClaimVersion = """
        SELECT c.xmin
        FROM claims AS c
        WHERE c.id = $1
        LIMIT 1
        """;

    // parameters: id
    public const string ClaimById = """
        SELECT s.id, s.text, s.quote, s.kind, s.stated_at, s.evidence_provided, s.id0, s.name, s.kind0, s0.id, s0.id0, s0.title, s0.url, s0.outlet, s0.published_at, s0.quote, s0.kind, s0.quote_start, s0.quote_end, s0.created_at, s1.slug, s1.claim_id, s1.topic_id, s1.id, s.said_at, s.created_at, s.updated_at, s.c, s2.c, s2.rating_value, s2.id, s2.id0
        FROM (
            SELECT c.id, c.text, c.quote, c.kind, c.stated_at, c.evidence_provided, a.id AS id0, a.name, a.kind AS kind0, c.said_at, c.created_at, c.updated_at, (
                SELECT count(*)::int
                FROM verdicts AS v
                WHERE c.id = v.claim_id) AS c
            FROM claims AS c
            INNER JOIN actors AS a ON c.actor_id = a.id
            WHERE c.id = $1
            LIMIT 1
        ) AS s
        LEFT JOIN (
            SELECT c0.id, a0.id AS id0, a0.title, a0.url, a0.outlet, a0.published_at, c0.quote, c0.kind, c0.quote_start, c0.quote_end, c0.created_at, c0.claim_id
            FROM claim_appearances AS c0
            INNER JOIN articles AS a0 ON c0.article_id = a0.id
        ) AS s0 ON s.id = s0.claim_id
        LEFT JOIN (
            SELECT t.slug, c1.claim_id, c1.topic_id, t.id
            FROM claim_topics AS c1
            INNER JOIN topics AS t ON c1.topic_id = t.id
        ) AS s1 ON s.id = s1.claim_id
        LEFT JOIN (
            SELECT CASE
                WHEN a1.id IS NOT NULL THEN a1.name
                ELSE v0.reviewer_name
            END AS c, v0.rating_value, v0.id, a1.id AS id0, v0.claim_id
            FROM verdicts AS v0
            LEFT JOIN actors AS a1 ON v0.reviewer_actor_id = a1.id
        ) AS s2 ON s.id = s2.claim_id
        ORDER BY s.id, s.id0, s0.id, s0.id0, s1.slug, s1.claim_id, s1.topic_id, s1.id, s2.id
        """;

    // parameters: id, type, p
    public const string SidesRanked = """
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
        """;

    // parameters: id, type, sideIds
    public const string CounterClaims = """
        SELECT c0.actor_id, c0.id, c0.text, c0.quote, c0.kind, a.id IS NULL, a.id, a.title, a.url, a.outlet, a.published_at, c.id
        FROM claim_relations AS c
        INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
        LEFT JOIN articles AS a ON c0.first_article_id = a.id
        WHERE c.target_claim_id = $1 AND c.type = $2 AND c0.actor_id = ANY ($3)
        ORDER BY c.source_claim_id
        """;

    // parameters: id
    public const string ClaimExists = """
        SELECT EXISTS (
            SELECT 1
            FROM claims AS c
            WHERE c.id = $1)
        """;

    // parameters: from
    public const string ThreadLevel = """
        SELECT c.source_claim_id AS "SourceClaimId", c.target_claim_id AS "TargetClaimId"
        FROM claim_relations AS c
        WHERE c.source_claim_id = ANY ($1) OR c.target_claim_id = ANY ($1)
        """;

    // parameters: ids
    public const string Summaries = """
        SELECT c.id, c.text, c.quote, c.kind, c.said_at, c.evidence_provided, a.id, a.name, a.kind, a0.id IS NULL, a0.id, a0.title, a0.url, a0.outlet, a0.published_at
        FROM claims AS c
        INNER JOIN actors AS a ON c.actor_id = a.id
        LEFT JOIN articles AS a0 ON c.first_article_id = a0.id
        WHERE c.id = ANY ($1)
        """;

    // parameters: ids
    public const string ThreadEdges = """
        SELECT c.source_claim_id, c.target_claim_id, c.type, c.id
        FROM claim_relations AS c
        WHERE c.source_claim_id = ANY ($1) AND c.target_claim_id = ANY ($1)
        ORDER BY c.id
        """;

    // parameters: id
    public const string ActorExists = """
        SELECT EXISTS (
            SELECT 1
            FROM actors AS a
            WHERE a.id = $1)
        """;

    // parameters: actorIds, p
    public const string ActorClaimsPage = """
        SELECT c0.id, c0.text, c0.quote, c0.kind, c0.said_at, c0.evidence_provided, a.id, a.name, a.kind, a0.id IS NULL, a0.id, a0.title, a0.url, a0.outlet, a0.published_at, c0.dispute_count, c0.support_count
        FROM (
            SELECT c.id, c.actor_id, c.dispute_count, c.evidence_provided, c.first_article_id, c.kind, c.quote, c.said_at, c.support_count, c.text
            FROM claims AS c
            WHERE c.actor_id = ANY ($1)
            ORDER BY c.said_at DESC, c.id DESC
            LIMIT $2
        ) AS c0
        INNER JOIN actors AS a ON c0.actor_id = a.id
        LEFT JOIN articles AS a0 ON c0.first_article_id = a0.id
        ORDER BY c0.said_at DESC, c0.id DESC
        """;

    // parameters: q, p
    public const string SearchRanked = """
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
        """;

    // parameters: ids
    public const string ResponsesByIds = """
        SELECT c.id, c.text, c.quote, c.kind, c.stated_at, c.evidence_provided, a.id, a.name, a.kind, s.id, s.id0, s.title, s.url, s.outlet, s.published_at, s.quote, s.kind, s.quote_start, s.quote_end, s.created_at, s0.slug, s0.claim_id, s0.topic_id, s0.id, c.said_at, c.created_at, c.updated_at, (
            SELECT count(*)::int
            FROM verdicts AS v
            WHERE c.id = v.claim_id), s1.c, s1.rating_value, s1.id, s1.id0
        FROM claims AS c
        INNER JOIN actors AS a ON c.actor_id = a.id
        LEFT JOIN (
            SELECT c0.id, a0.id AS id0, a0.title, a0.url, a0.outlet, a0.published_at, c0.quote, c0.kind, c0.quote_start, c0.quote_end, c0.created_at, c0.claim_id
            FROM claim_appearances AS c0
            INNER JOIN articles AS a0 ON c0.article_id = a0.id
        ) AS s ON c.id = s.claim_id
        LEFT JOIN (
            SELECT t.slug, c1.claim_id, c1.topic_id, t.id
            FROM claim_topics AS c1
            INNER JOIN topics AS t ON c1.topic_id = t.id
        ) AS s0 ON c.id = s0.claim_id
        LEFT JOIN (
            SELECT CASE
                WHEN a1.id IS NOT NULL THEN a1.name
                ELSE v0.reviewer_name
            END AS c, v0.rating_value, v0.id, a1.id AS id0, v0.claim_id
            FROM verdicts AS v0
            LEFT JOIN actors AS a1 ON v0.reviewer_actor_id = a1.id
        ) AS s1 ON c.id = s1.claim_id
        WHERE c.id = ANY ($1)
        ORDER BY c.id, a.id, s.id, s.id0, s0.slug, s0.claim_id, s0.topic_id, s0.id, s1.id
        """;

    // parameters: start, end, p
    public const string ContestedRanked = """
        SELECT c.id AS "ClaimId", c.disputing_actor_count AS "Actors", c.dispute_count AS "Relations"
        FROM claims AS c
        WHERE c.dispute_count > 0 AND c.said_at >= $1 AND c.said_at < $2
        ORDER BY c.disputing_actor_count DESC, c.dispute_count DESC, c.id
        LIMIT $3
        """;

    // parameters: ids
    public const string TopDisputers = """
        SELECT c.target_claim_id, a.id, a.name, a.kind, count(*)::int
        FROM claim_relations AS c
        INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
        INNER JOIN actors AS a ON c0.actor_id = a.id
        WHERE c.type = 'disputes' AND c.target_claim_id = ANY ($1)
        GROUP BY c.target_claim_id, a.id, a.name, a.kind
        """;

    // parameters: actor
    public const string ActorExistsForCreate = """
        SELECT EXISTS (
            SELECT 1
            FROM actors AS a
            WHERE a.id = $1)
        """;

    // parameters: p0, p1, p2, p3, p4, p5, p6, p7, p8
    public const string InsertClaim = """
        INSERT INTO claims (id, actor_id, created_at, evidence_provided, kind, quote, stated_at, text, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        RETURNING dispute_count, disputing_actor_count, first_article_id, said_at, search_vector, support_count, xmin;
        """;

    // parameters: request_TargetClaimId
    public const string TargetExists = """
        SELECT EXISTS (
            SELECT 1
            FROM claims AS c
            WHERE c.id = $1)
        """;

    // parameters: id, type, request_TargetClaimId
    public const string DuplicateRelation = """
        SELECT c.id
        FROM claim_relations AS c
        WHERE c.source_claim_id = $1 AND c.type = $2 AND c.target_claim_id = $3
        LIMIT 1
        """;

    // parameters: p0, p1, p2, p3, p4
    public const string InsertRelation = """
        INSERT INTO claim_relations (id, created_at, source_claim_id, target_claim_id, type)
        VALUES ($1, $2, $3, $4, $5)
        RETURNING xmin;
        """;

    // parameters: relation_Id
    public const string RelationById = """
        SELECT c.id, c.type, c0.id, c0.text, a.id, a.name, a.kind, c1.id, c1.text, a0.id, a0.name, a0.kind, c.created_at
        FROM claim_relations AS c
        INNER JOIN claims AS c0 ON c.source_claim_id = c0.id
        INNER JOIN actors AS a ON c0.actor_id = a.id
        INNER JOIN claims AS c1 ON c.target_claim_id = c1.id
        INNER JOIN actors AS a0 ON c1.actor_id = a0.id
        WHERE c.id = $1
        LIMIT 1
        """;
}

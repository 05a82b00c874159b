namespace ClaimTracker.Bench;

/// <summary>The newsroom's questions as the API asks them, with why each is cheap; <c>{claim}</c> etc. are filled per data set.</summary>
internal static class Questions
{
    public static readonly (string Title, string Route, string Why)[] All =
    [
        ("Who disputes this claim", "/api/claims/{claim}/disputers",
            "The claim is fetched by primary key; its disputing relations come from `ix_claim_relations_target_claim_id_type` (target, type), then each source claim and actor by primary key. Two commands, whatever the number of disputers."),
        ("Who supports this claim", "/api/claims/{claim}/supporters",
            "Same plan as the disputers, with type = 'supports' in the same index."),
        ("Who disputes it, by organisation", "/api/claims/{claim}/disputers?byOrganization=true",
            "The disputers' query with one more primary-key join (actors.member_of_id → actors); the folding is done on the few rows returned."),
        ("The thread around a claim (depth 3)", "/api/claims/{claim}/thread?depth=3",
            "A recursive CTE walks relations in both directions through the two relation indexes (source-leading unique index, target index). `UNION` on (claim, depth) drops rows already reached, so a cycle is expanded at most once per level and the walk is bounded by depth × reached claims; the result is capped at 500 nodes. Nodes and edges are then two `= ANY(ids)` lookups by primary key and by the relation indexes."),
        ("An actor's claims, newest first", "/api/actors/{actor}/claims",
            "`ix_claims_actor_id_said_at_id` (actor_id, said_at, id) gives the actor's claims already in the order of the list: an index scan backward with a LIMIT, no sort. `said_at` is kept by triggers so that it can be indexed. Dispute and support counts are correlated index-only counts on `ix_claim_relations_target_claim_id_type`."),
        ("An organisation's claims with its members'", "/api/actors/{organization}/claims?includeMembers=true",
            "A recursive CTE collects the members through `ix_actors_member_of_id`; the claims of that handful of actors come from `ix_claims_actor_id_said_at_id` (one index range per actor, merged by a sort of the page's candidates)."),
        ("An actor's opponents", "/api/actors/{actor}/opponents",
            "The actor's claims come from `ix_claims_actor_id_said_at_id`; their relations from the two relation indexes (source side and target side, `UNION ALL`), grouped by the other actor. The cost grows with the actor's own claims and relations, not with the archive."),
        ("An actor's allies", "/api/actors/{actor}/allies",
            "As the opponents, with type = 'supports'."),
        ("Where two actors disagree", "/api/actors/{actor}/disagreements/{other}",
            "The relations between the two actors' claims are found from the claims of each actor (`ix_claims_actor_id_said_at_id`) joined to the relation indexes, both directions; the page's claims are then fetched by primary key."),
        ("Full-text search", "/api/claims?q=air%20defense",
            "`search_vector` is a stored generated tsvector (English) with a GIN index: the `@@ websearch_to_tsquery` match is a bitmap index scan, and only the matching rows are ranked (phrase match first, then `ts_rank_cd`, then newest)."),
        ("Search combined with filters", "/api/claims?q=drones&kind=direct&from=2024-01-01&to=2024-12-31&disputed=true",
            "The GIN index narrows to the matching rows first; kind, the said_at period and the EXISTS on `ix_claim_relations_target_claim_id_type` are checked on those rows only."),
        ("Claims made without evidence", "/api/claims?evidenceProvided=false",
            "The primary key index (UUIDv7, time-ordered) is scanned backward for the newest claims, filtered on evidence_provided; a page needs only the first rows that match, so it stops early."),
        ("The most contested claims of a period", "/api/claims/contested?from=2024-01-01&to=2024-03-31",
            "`ix_claims_said_at_id` selects the period's claims, their disputes come from `ix_claim_relations_target_claim_id_type`, and the count of distinct disputing actors is aggregated for that period only. Top disputers are one grouped query over the page's claims."),
        ("Everything an article reports, as a graph", "/api/articles/{article}/graph",
            "The article's claims come from `ix_claim_appearances_article_id_claim_id`, their relations in both directions from the two relation indexes, and all involved claims by primary key: four commands."),
        ("The claims of an article, in reading order", "/api/articles/{article}/claims",
            "`ix_claim_appearances_article_id_claim_id` finds the article's appearances; the page is sorted by offset (small: one article's claims) and the claims fetched by primary key."),
        ("A topic's timeline", "/api/topics/{topic}/timeline",
            "The topic's claims come from `ix_claim_topics_topic_id_claim_id`, sorted by said_at; then the page's summaries, first appearances and relations are three `= ANY(ids)` lookups on primary and foreign-key indexes."),
        ("Topics with claim counts", "/api/topics",
            "Topics are few; the counts are index-only counts on the claim_topics primary key per topic."),
    ];
}

namespace ClaimTracker.Bench;

/// <summary>The newsroom's questions as the API asks them, with why each is cheap; <c>{claim}</c> etc. are filled per data set.</summary>
internal static class Questions
{
    public static readonly (string Title, string Route, string Why)[] All =
    [
        ("Who disputes this claim", "/api/claims/{claim}/disputers",
            "The claim is fetched by primary key with its appearances. Its disputing relations come from `ix_claim_relations_target_claim_id_type` (target, type), grouped by the source claim's actor (primary-key joins), ranked and cut to the page (20 actors by default); then the page's counter-claims in one more query on the same index. Three commands, whatever the number of disputers; the hub claim of the generated set has thousands, which the page keeps out of the answer."),
        ("Who supports this claim", "/api/claims/{claim}/supporters",
            "Same plan as the disputers, with type = 'supports' in the same index."),
        ("Who disputes it, by organisation", "/api/claims/{claim}/disputers?byOrganization=true",
            "The disputers' query with one more primary-key join (actors.member_of_id → actors); the folding is done on the few rows returned."),
        ("The thread around a claim (depth 3)", "/api/claims/{claim}/thread?depth=3",
            "A breadth-first walk, one query per level: the relations of the frontier in both directions (`source_claim_id = ANY(...) OR target_claim_id = ANY(...)`, a BitmapOr of the two relation indexes), with a visited set so that a cycle is never walked twice. It stops at the depth or at 500 nodes (`truncated: true`), so a hub does not drag in its neighbours' neighbours. Nodes and edges are then two `= ANY(ids)` lookups by primary key and by the relation indexes. At most depth + 3 commands."),
        ("An actor's claims, newest first", "/api/actors/{actor}/claims",
            "`ix_claims_actor_id_said_at_id` (actor_id, said_at, id) gives the actor's claims already in the order of the list: an index scan backward with a LIMIT, no sort. `said_at` is kept by triggers so that it can be indexed. Dispute and support counts are columns of the claim kept by triggers, and the first article a primary-key join on `first_article_id`."),
        ("An organisation's claims with its members'", "/api/actors/{organization}/claims?includeMembers=true",
            "A recursive CTE collects the members through `ix_actors_member_of_id`; the claims of that handful of actors come from `ix_claims_actor_id_said_at_id` (one index range per actor, merged by a sort of the page's candidates)."),
        ("An actor's opponents", "/api/actors/{actor}/opponents",
            "The actor's claims come from `ix_claims_actor_id_said_at_id`; their relations from the two relation indexes (source side and target side, `UNION ALL`), grouped by the other actor. The cost grows with the actor's own claims and relations, not with the archive; the actor measured here is the most prolific of the generated set (about 8% of all claims, so PostgreSQL rightly prefers one sequential pass over the relations to 16,000 index probes)."),
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
            "`disputing_actor_count` and `dispute_count` are kept on each claim by triggers on claim_relations, with a partial index `ix_claims_contested` (actors DESC, disputes DESC, id) WHERE dispute_count > 0: all-time contested claims are the first rows of that index; for a period, `ix_claims_said_at_id` selects the period's rows and only the disputed ones are sorted. Top disputers are one grouped query over the page's claims."),
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

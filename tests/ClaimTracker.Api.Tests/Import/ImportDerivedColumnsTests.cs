using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Import;

/// <summary>
/// The import computes the derived claim columns set-based, with the functions the triggers call. These tests hold
/// every claim's columns against the rules written out again here, one claim at a time, in plain SQL.
/// </summary>
public sealed class ImportDerivedColumnsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string Stored =
        "SELECT id, said_at, first_article_id, dispute_count, support_count, disputing_actor_count FROM claims ORDER BY id";

    private const string Recounted = """
        SELECT c.id,
               COALESCE(c.stated_at,
                        (SELECT ar.published_at FROM claim_appearances ap JOIN articles ar ON ar.id = ap.article_id
                          WHERE ap.claim_id = c.id ORDER BY ap.id LIMIT 1),
                        c.created_at),
               (SELECT ap.article_id FROM claim_appearances ap WHERE ap.claim_id = c.id ORDER BY ap.id LIMIT 1),
               (SELECT count(*) FROM claim_relations r WHERE r.target_claim_id = c.id AND r.type = 'disputes'),
               (SELECT count(*) FROM claim_relations r WHERE r.target_claim_id = c.id AND r.type = 'supports'),
               (SELECT count(DISTINCT s.actor_id) FROM claim_relations r JOIN claims s ON s.id = r.source_claim_id
                 WHERE r.target_claim_id = c.id AND r.type = 'disputes')
          FROM claims c
         ORDER BY c.id
        """;

    [Fact]
    public async Task ImportOfTheSampleData_GivesEveryClaimTheDerivedColumnsOfARowByRowRecount()
    {
        var exported = await Client.ExportAsync();
        await Factory.EmptyAsync();

        (await Client.ImportTextAsync(exported)).EnsureSuccessStatusCode();

        Assert.NotEmpty(await Factory.RowsAsync("SELECT id FROM claims WHERE dispute_count > 0"));
        Assert.Equal(await Factory.RowsAsync(Recounted), await Factory.RowsAsync(Stored));
    }

    [Fact]
    public async Task ImportOnTopOfExistingClaims_GivesEveryClaimTheDerivedColumnsOfARowByRowRecount()
    {
        var existingActor = await Given.ActorAsync("Old Speaker");
        var existing = await Given.ClaimAsync(existingActor.Id, "The bridge is sound.");
        var existingCritic = await Given.ClaimAsync(existingActor.Id, "The bridge was never sound.");
        const string early = "Early: he said the dam holds.";
        const string late = "Late: he said the dam holds.";
        var quote = "the dam holds";

        var response = await Client.ImportAsync(
            $$"""{"type":"article","key":"a1","title":"Late report","url":"https://news.example/late","publishedAt":"2026-03-02T00:00:00Z","body":"{{late}}"}""",
            $$"""{"type":"article","key":"a2","title":"Early report","url":"https://news.example/early","publishedAt":"2026-03-01T00:00:00Z","body":"{{early}}"}""",
            """{"type":"article","key":"a3","title":"Undated report","url":"https://news.example/undated","body":"Undated: the dam holds."}""",
            """{"type":"actor","key":"p1","name":"Dora Dam","kind":"person"}""",
            """{"type":"actor","key":"p2","name":"Eve Leak","kind":"person"}""",
            // Two appearances: the first one (lowest id, the first in the line) is in the later article.
            $$"""{"type":"claim","key":"c1","actor":"p1","text":"The dam holds.","kind":"direct","appearances":[{"article":"a1","quote":"{{quote}}","kind":"direct","quoteStart":{{late.IndexOf(quote, StringComparison.Ordinal)}},"quoteEnd":{{late.IndexOf(quote, StringComparison.Ordinal) + quote.Length}}},{"article":"a2","quote":"{{quote}}","kind":"direct","quoteStart":{{early.IndexOf(quote, StringComparison.Ordinal)}},"quoteEnd":{{early.IndexOf(quote, StringComparison.Ordinal) + quote.Length}}}]}""",
            """{"type":"claim","key":"c2","actor":"p2","text":"The dam leaks.","kind":"indirect","statedAt":"2025-12-24T10:00:00Z","article":"a2"}""",
            """{"type":"claim","key":"c3","actor":"p2","text":"The dam leaks badly.","kind":"indirect","article":"a3"}""",
            """{"type":"claim","key":"c4","actor":"p1","text":"The dam is fine.","kind":"indirect"}""",
            """{"type":"relation","from":"c2","relation":"disputes","to":"c1"}""",
            """{"type":"relation","from":"c3","relation":"disputes","to":"c1"}""",
            """{"type":"relation","from":"c4","relation":"supports","to":"c1"}""",
            $$"""{"type":"relation","from":"{{existingCritic.Id}}","relation":"disputes","to":"c1"}""",
            $$"""{"type":"relation","from":"c2","relation":"disputes","to":"{{existing.Id}}"}""",
            $$"""{"type":"relation","from":"c1","relation":"supports","to":"{{existing.Id}}"}""",
            $$"""{"type":"relation","from":"c4","relation":"disputes","to":"{{existingCritic.Id}}"}""");

        await response.ReadJsonAsync();
        Assert.Equal(["3\t1\t2\t2026-03-02"], await Factory.RowsAsync("""
            SELECT dispute_count, support_count, disputing_actor_count, to_char(said_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
              FROM claims WHERE text = 'The dam holds.'
            """));
        Assert.Equal(await Factory.RowsAsync(Recounted), await Factory.RowsAsync(Stored));
    }
}

using System.Net;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Import;

public sealed class ImportValidationTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string Article = """{"type":"article","key":"a1","title":"Dam report","url":"https://news.example/dam","body":"He said: the dam holds."}""";
    private const string Actor = """{"type":"actor","key":"p1","name":"Dora Dam","kind":"person","aliases":["Dora"]}""";
    private const string Claim = """{"type":"claim","key":"c1","actor":"p1","text":"The dam holds.","quote":"the dam holds","kind":"direct","article":"a1","quoteStart":9,"quoteEnd":22}""";
    private const string Counter = """{"type":"claim","key":"c2","actor":"p2","text":"The dam leaks.","kind":"indirect"}""";
    private const string Critic = """{"type":"actor","key":"p2","name":"Eve Leak","kind":"person"}""";

    [Fact]
    public async Task Import_ResolvesKeysThatReferForwardAndBackward()
    {
        // The relation comes first, the claims before their actors and article.
        var response = await Client.ImportAsync("""{"type":"relation","from":"c2","relation":"disputes","to":"c1"}""", Claim, Counter, Critic, Actor, Article);

        await response.ReadJsonAsync();
        Assert.Equal(["The dam holds.\tDora Dam\t1\t0\t1\tDam report"], await Factory.RowsAsync("""
            SELECT c.text, a.name, c.dispute_count, c.support_count, c.disputing_actor_count, ar.title
              FROM claims c JOIN actors a ON a.id = c.actor_id JOIN articles ar ON ar.id = c.first_article_id WHERE c.text = 'The dam holds.'
            """));
    }

    [Fact]
    public async Task Import_RejectsABadLineByNumberAndKeepsNothing()
    {
        var before = await CountsAsync();

        var response = await Client.ImportAsync(Article, Actor, Claim, """{"type":"actor","key":"p2","name":"","kind":"person"}""");

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(4, ((System.Text.Json.JsonElement)problem.Extensions["line"]!).GetInt32());
        Assert.Contains("name", problem.Errors.Keys);
        Assert.StartsWith("Line 4:", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("""{"type":"claim","key":"c1","actor":"p1","text":"x","quote":"the dam","kind":"direct","article":"a1","quoteStart":0,"quoteEnd":7}""", "quote")]
    [InlineData("""{"type":"claim","key":"c1","actor":"nobody","text":"x","kind":"direct"}""", "actor")]
    [InlineData("""{"type":"claim","key":"c1","actor":"p1","text":"x","kind":"sideways"}""", "kind")]
    [InlineData("""{"type":"relation","from":"c9","relation":"disputes","to":"c9"}""", "to")]
    [InlineData("""{"type":"actor","key":"p9","name":"Zed","kind":"person","memberOf":"p9"}""", "memberOf")]
    [InlineData("""{"type":"article","key":"a9","title":"T","language":"not a tag!"}""", "language")]
    [InlineData("""{"type":"article","key":"a9","title":"T","colour":"red"}""", "colour")]
    [InlineData("""{"type":"article","key":"a9","title":"T",""", "line")]
    public async Task Import_NamesTheLineAndField_OfAnInvalidLine(string line, string field)
    {
        var response = await Client.ImportAsync(Article, Actor, line);

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(3, ((System.Text.Json.JsonElement)problem.Extensions["line"]!).GetInt32());
        Assert.Equal(field, ((System.Text.Json.JsonElement)problem.Extensions["field"]!).GetString());
    }

    [Fact]
    public async Task Import_RejectsAMembershipCycle()
    {
        var response = await Client.ImportAsync(
            """{"type":"actor","key":"x","name":"X Org","kind":"organization","memberOf":"y"}""",
            """{"type":"actor","key":"y","name":"Y Org","kind":"organization","memberOf":"x"}""");

        var problem = await response.ReadProblemAsync(400);
        Assert.Contains("cycle", problem.Errors["memberOf"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_IsAConflictNamingTheLine_WhenARowExistsAlready()
    {
        await Client.ImportAsync(Article, Actor);
        var before = await CountsAsync();

        var response = await Client.ImportAsync(Critic, """{"type":"actor","key":"p3","name":"DORA DAM","kind":"person"}""");

        var problem = await response.ReadProblemAsync(409);
        Assert.Equal(2, ((System.Text.Json.JsonElement)problem.Extensions["line"]!).GetInt32());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Import_CanReferToExistingRowsById()
    {
        var actor = await Given.ActorAsync();
        var target = await Given.ClaimAsync(actor.Id);

        var response = await Client.ImportAsync(
            $$"""{"type":"claim","key":"c1","actor":"{{actor.Id}}","text":"No.","kind":"indirect"}""",
            $$"""{"type":"relation","from":"c1","relation":"disputes","to":"{{target.Id}}"}""");

        await response.ReadJsonAsync();
        Assert.Equal([$"1\t0\t1"], await Factory.RowsAsync($"SELECT dispute_count, support_count, disputing_actor_count FROM claims WHERE id = '{target.Id}'"));
    }

    [Fact]
    public async Task Import_NeedsAnEditorKeyAndTheNdjsonMediaType()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.ImportAsync(Article)).StatusCode);

        var response = await Client.PostAsync("/api/import", new StringContent(Article, System.Text.Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(415);
    }

    private Task<List<string>> CountsAsync() => Factory.RowsAsync(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors), (SELECT count(*) FROM actor_aliases), (SELECT count(*) FROM claims), (SELECT count(*) FROM claim_relations), (SELECT count(*) FROM change_history)");
}

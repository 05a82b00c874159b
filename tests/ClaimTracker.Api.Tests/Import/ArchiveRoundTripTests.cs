using System.Text.Json;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Tests.Infrastructure;
using ClaimTracker.Api.Topics;

namespace ClaimTracker.Api.Tests.Import;

public sealed class ArchiveRoundTripTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task ExportThenImportIntoEmptyDatabase_GivesTheSameDataAndDerivedColumns()
    {
        await GraphThroughEndpointsAsync();
        var exported = await Client.ExportAsync();
        var derived = await Factory.RowsAsync(ArchiveClient.DerivedColumns);
        var aliases = await Factory.RowsAsync("SELECT actor_id, name FROM actor_aliases ORDER BY actor_id, id");
        await Factory.EmptyAsync();

        var response = await Client.ImportTextAsync(exported);

        var summary = await response.ReadJsonAsync();
        Assert.Equal(exported.Count(c => c == '\n'), summary.GetProperty("counts").GetProperty("lines").GetInt64());
        Assert.Equal(exported, await Client.ExportAsync());
        Assert.Equal(derived, await Factory.RowsAsync(ArchiveClient.DerivedColumns));
        Assert.Equal(aliases, await Factory.RowsAsync("SELECT actor_id, name FROM actor_aliases ORDER BY actor_id, id"));
    }

    [Fact]
    public async Task Import_WritesOneHistoryRecordForTheImport()
    {
        var exported = await Client.ExportAsync();
        await Factory.EmptyAsync();

        var id = (await (await Client.ImportTextAsync(exported)).ReadJsonAsync()).GetProperty("id").GetGuid();

        Assert.Equal([$"import\t{id}\tbootstrap-admin"], await Factory.RowsAsync("SELECT entity_type, entity_id, key_name FROM change_history"));
        var status = await Client.GetAsync<JsonElement>($"/api/imports/{id}");
        Assert.Equal("imported", status.GetProperty("state").GetString());
        Assert.Equal(exported.Count(c => c == '\n'), status.GetProperty("linesRead").GetInt64());
    }

    [Fact]
    public async Task ExportOfAnActor_HoldsItsNeighbourhoodAndImportsOnItsOwn()
    {
        var (speaker, mine, disputer, _, unrelated) = await GraphThroughEndpointsAsync();

        var exported = await Client.ExportAsync($"?actor={speaker.Id}");

        Assert.Contains($"\"key\":\"{mine.Id}\"", exported, StringComparison.Ordinal);
        Assert.Contains($"\"key\":\"{disputer.Id}\"", exported, StringComparison.Ordinal);
        Assert.DoesNotContain(unrelated.Id.ToString(), exported, StringComparison.Ordinal);
        await Factory.EmptyAsync();
        (await Client.ImportTextAsync(exported)).EnsureSuccessStatusCode();
        Assert.Equal(exported, await Client.ExportAsync($"?actor={speaker.Id}"));
    }

    [Fact]
    public async Task ExportOfAnUnknownArticle_IsNotFound()
    {
        var response = await Client.GetAsync($"/api/export?article={Guid.NewGuid()}");

        await response.ReadProblemAsync(404);
    }

    /// <summary>A small graph made through the normal endpoints: memberships, aliases, quotes at offsets, topics, a cycle.</summary>
    private async Task<(ActorResponse Speaker, ClaimResponse Mine, ClaimResponse Disputer, ClaimResponse Supporter, ClaimResponse Unrelated)> GraphThroughEndpointsAsync()
    {
        var ministry = await Given.ActorAsync("Ministry of Tests", ActorKind.Government, ["MoT"]);
        var speaker = await Given.ActorAsync("Ann Speaker", aliases: ["Speaker"], memberOfId: ministry.Id);
        var critic = await Given.ActorAsync("Bob Critic");
        var loner = await Given.ActorAsync("Carl Loner");
        const string body = "Officials spoke. Ann Speaker said: \u201cthe dam was never at risk\u201d. Bob Critic said that it was \u00e9vident.";
        var article = await Given.ArticleAsync(body, url: "https://news.example/dam");
        var quote = "the dam was never at risk";
        var mine = await (await Client.PostJsonAsync("/api/claims", new ClaimRequest(
            speaker.Id, article.Id, "The dam was never at risk.", quote, ClaimKind.Direct, body.IndexOf(quote, StringComparison.Ordinal),
            body.IndexOf(quote, StringComparison.Ordinal) + quote.Length, null, true))).ReadAsync<ClaimResponse>();
        var disputer = await Given.ClaimAsync(critic.Id, "The dam was at risk.", article.Id);
        var supporter = await Given.ClaimAsync(ministry.Id, "The dam is safe.");
        var unrelated = await Given.ClaimAsync(loner.Id, "Nothing to see.");
        await Given.RelationAsync(disputer.Id, ClaimRelationType.Disputes, mine.Id);
        await Given.RelationAsync(mine.Id, ClaimRelationType.Disputes, disputer.Id);
        await Given.RelationAsync(supporter.Id, ClaimRelationType.Supports, mine.Id);
        (await Client.PutJsonAsync($"/api/claims/{mine.Id}/topics", new ClaimTopicsRequest(["dams", "floods"]))).EnsureSuccessStatusCode();
        return (speaker, mine, disputer, supporter, unrelated);
    }
}

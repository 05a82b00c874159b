using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.History;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.History;

public sealed class HistoryTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task ArticleHistory_RecordsCreateUpdateDelete_NewestFirst_WithTheKeyName_AndSurvivesTheDelete()
    {
        var editor = await (await Client.PostJsonAsync("/api/keys", new CreateApiKeyRequest("history-editor", ApiRole.Editor))).ReadAsync<CreatedApiKeyResponse>();
        using var client = Factory.CreateClient(editor.Key);
        var article = await (await client.PostJsonAsync("/api/articles", new ArticleRequest("First title", null, null, null, null, "x"))).ReadAsync<ArticleResponse>();
        await client.PutJsonAsync($"/api/articles/{article.Id}", new ArticleRequest("Second title", null, null, null, null, "x"));
        await client.DeleteAsync($"/api/articles/{article.Id}");

        var history = await Client.GetAsync<Page<ChangeResponse>>($"/api/articles/{article.Id}/history");

        Assert.Equal(["deleted", "updated", "created"], history.Items.Select(c => c.Action));
        Assert.All(history.Items, c => Assert.Equal("history-editor", c.KeyName));
        var update = history.Items[1];
        Assert.Equal("First title", update.Before?["title"]?.GetValue<string>());
        Assert.Equal("Second title", update.After?["title"]?.GetValue<string>());
        Assert.Null(history.Items[0].After);
        Assert.Null(history.Items[2].Before);
    }

    [Fact]
    public async Task ClaimHistory_IncludesItsRelationsAndAppearances_ButNotDerivedRecounts()
    {
        var article = await Given.ArticleAsync();
        var actor = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id, "Claimed", article.Id);
        var counter = await Given.ClaimAsync(actor.Id, "Countered");
        await Given.RelationAsync(counter.Id, ClaimRelationType.Disputes, claim.Id);

        await Client.DeleteAsync($"/api/claims/{claim.Id}?cascade=true");
        var history = await Client.GetAsync<Page<ChangeResponse>>($"/api/claims/{claim.Id}/history?limit=100");

        Assert.Equal(
            [("claim", "created"), ("claim_appearance", "created"), ("claim_relation", "created"), ("claim_relation", "deleted"), ("claim", "deleted"), ("claim_appearance", "deleted")],
            history.Items.Select(c => (c.EntityType, c.Action)).Reverse());
        Assert.Contains(
            (await Client.GetAsync<Page<ChangeResponse>>($"/api/claims/{counter.Id}/history")).Items,
            c => c.EntityType == "claim_relation" && c.Action == "created");
    }

    [Fact]
    public async Task History_PagesAndAnswers404ForAnUnknownId()
    {
        var actor = await Given.ActorAsync("Renamed 0");
        for (var i = 1; i <= 4; i++)
        {
            await Client.PutJsonAsync($"/api/actors/{actor.Id}", new Api.Actors.ActorRequest($"Renamed {i}", Api.Actors.ActorKind.Person, null, null, null, null));
        }

        var (items, pages) = await Client.WalkAsync<ChangeResponse>($"/api/actors/{actor.Id}/history", 2);

        Assert.Equal(3, pages);
        Assert.Equal(5, items.Count);
        await (await Client.GetAsync($"/api/claims/{Guid.NewGuid()}/history")).ReadProblemAsync(404);
    }
}

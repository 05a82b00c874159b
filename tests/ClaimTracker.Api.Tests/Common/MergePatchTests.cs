using System.Net;
using System.Text;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Common;

public sealed class MergePatchTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task PatchArticle_ChangesOnlyTheGivenFields_AndNullClearsOne()
    {
        var article = await Given.ArticleAsync(body: "Body stays.", title: "Old title", outlet: "Old Outlet");

        var patched = await (await PatchAsync($"/api/articles/{article.Id}", "{\"title\":\"New title\",\"outlet\":null}")).ReadAsync<ArticleResponse>();

        Assert.Equal(("New title", (string?)null, "Body stays.", article.PublishedAt), (patched.Title, patched.Outlet, patched.Body, patched.PublishedAt));
    }

    [Fact]
    public async Task PatchActor_ReplacesAliases_AndKeepsTheRest()
    {
        var actor = await Given.ActorAsync("Patched Actor", aliases: ["One"]);

        var patched = await (await PatchAsync($"/api/actors/{actor.Id}", "{\"aliases\":[\"Two\",\"Three\"]}")).ReadAsync<ActorResponse>();

        Assert.Equal(["Two", "Three"], patched.Aliases);
        Assert.Equal(("Patched Actor", ActorKind.Person), (patched.Name, patched.Kind));
    }

    [Fact]
    public async Task PatchClaim_SetsEvidence_KeepingItsArticleAndOffsets()
    {
        var sample = await Sample.LoadAsync(Client);

        var patched = await (await PatchAsync($"/api/claims/{sample.Staged}", "{\"evidenceProvided\":true}")).ReadAsync<ClaimResponse>();

        Assert.True(patched.EvidenceProvided);
        Assert.Equal((sample.ArticleId, 865, 929), (patched.Article!.Id, patched.QuoteStart!.Value, patched.QuoteEnd!.Value));
    }

    [Fact]
    public async Task Patch_IsValidatedLikeAPut_AndAWrongMediaTypeIs415()
    {
        var actor = await Given.ActorAsync();

        var invalid = await (await PatchAsync($"/api/actors/{actor.Id}", "{\"name\":\"\",\"kind\":\"alien\"}")).ReadProblemAsync(400);
        var wrongType = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/actors/{actor.Id}")
        {
            Content = new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "application/json"),
        });

        Assert.Contains("kind", invalid.Errors.Keys);
        await wrongType.ReadProblemAsync(415);
        await (await PatchAsync($"/api/actors/{actor.Id}", "[1,2]")).ReadProblemAsync(400);
        await (await PatchAsync($"/api/actors/{Guid.NewGuid()}", "{}")).ReadProblemAsync(404);
        Assert.Equal(actor.Name, (await Client.GetAsync<ActorResponse>($"/api/actors/{actor.Id}")).Name);
    }

    [Fact]
    public async Task Patch_WithAStaleIfMatch_IsPreconditionFailed()
    {
        var article = await Given.ArticleAsync();
        var etag = (await Client.GetAsync($"/api/articles/{article.Id}")).Headers.ETag!;
        await PatchAsync($"/api/articles/{article.Id}", "{\"title\":\"First\"}");

        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/articles/{article.Id}")
        {
            Content = new StringContent("{\"title\":\"Second\"}", Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.IfMatch.Add(etag);

        await (await Client.SendAsync(request)).ReadProblemAsync(412);
        Assert.Equal("First", (await Client.GetAsync<ArticleResponse>($"/api/articles/{article.Id}")).Title);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/articles/{article.Id}")).StatusCode);
    }

    private Task<HttpResponseMessage> PatchAsync(string url, string patch) =>
        Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json") });
}

using System.Net;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>ETags and If-Match / If-None-Match: two editors cannot silently overwrite each other.</summary>
public sealed class ConcurrencyTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("articles")]
    [InlineData("actors")]
    [InlineData("claims")]
    public async Task Get_HasAnETag_AndAnswersNotModifiedToACurrentIfNoneMatch(string resource)
    {
        var id = await AnyIdAsync(resource);
        var first = await Client.GetAsync($"/api/{resource}/{id}");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/{resource}/{id}");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Put_WithAStaleIfMatch_IsPreconditionFailed_AndChangesNothing()
    {
        var actor = await Given.ActorAsync("Original Name");
        var etag = (await Client.GetAsync($"/api/actors/{actor.Id}")).Headers.ETag!;
        var first = await PutActorAsync(actor.Id, "First Edit", etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag);

        var stale = await PutActorAsync(actor.Id, "Second Edit", etag);

        await stale.ReadProblemAsync(412);
        Assert.Equal("First Edit", (await Client.GetAsync<ActorResponse>($"/api/actors/{actor.Id}")).Name);
    }

    [Fact]
    public async Task Delete_WithAStaleIfMatch_IsPreconditionFailed_AndKeepsTheResource()
    {
        var article = await Given.ArticleAsync();
        var etag = (await Client.GetAsync($"/api/articles/{article.Id}")).Headers.ETag!;
        await Client.PutJsonAsync($"/api/articles/{article.Id}", new ArticleRequest("Changed", null, null, null, null, null));

        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/articles/{article.Id}");
        request.Headers.IfMatch.Add(etag);
        await (await Client.SendAsync(request)).ReadProblemAsync(412);

        Assert.Equal("Changed", (await Client.GetAsync<ArticleResponse>($"/api/articles/{article.Id}")).Title);
    }

    [Fact]
    public async Task TwoClientsUpdatingAClaimWithTheSameETag_ExactlyOneWins_AndTheLosersChangeIsNotStored()
    {
        var actor = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id, "Before");
        var etag = (await Client.GetAsync($"/api/claims/{claim.Id}")).Headers.ETag!;
        using var second = Factory.CreateClient(ClaimTrackerApiFactory.AdminKey);

        var responses = await Task.WhenAll(
            PutClaimAsync(Client, claim.Id, actor.Id, "Edit A", etag),
            PutClaimAsync(second, claim.Id, actor.Id, "Edit B", etag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order());
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        var stored = await Client.GetAsync<ClaimResponse>($"/api/claims/{claim.Id}");
        Assert.Equal((await winner.ReadAsync<ClaimResponse>()).Text, stored.Text);
    }

    [Fact]
    public async Task RelationsAndAppearances_HaveETags_AndTheirDeletesHonourIfMatch()
    {
        var article = await Given.ArticleAsync();
        var actor = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id, "Claim", article.Id);
        var counter = await Given.ClaimAsync(actor.Id, "Counter");
        var relation = await Given.RelationAsync(counter.Id, ClaimRelationType.Disputes, claim.Id);

        foreach (var url in new[] { $"/api/claims/{claim.Id}/relations/{relation.Id}", $"/api/claims/{claim.Id}/appearances/{claim.Appearances[0].Id}" })
        {
            var etag = (await Client.GetAsync(url)).Headers.ETag!;
            var wrong = new HttpRequestMessage(HttpMethod.Delete, url);
            wrong.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
            await (await Client.SendAsync(wrong)).ReadProblemAsync(412);

            var right = new HttpRequestMessage(HttpMethod.Delete, url);
            right.Headers.IfMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(right)).StatusCode);
        }
    }

    [Fact]
    public async Task AFailedUpdate_LeavesNothingOfItBehind()
    {
        var first = await Given.ArticleAsync();
        var second = await Given.ArticleAsync();
        var actor = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id, "Original text", first.Id);
        await Client.PostJsonAsync($"/api/claims/{claim.Id}/appearances", new AppearanceRequest(second.Id, null, ClaimKind.Indirect, null, null));

        // The claim row is saved first, then the appearance move conflicts: the whole request must roll back.
        var response = await Client.PutJsonAsync($"/api/claims/{claim.Id}",
            new ClaimRequest(actor.Id, second.Id, "Changed text", null, ClaimKind.Indirect, null, null, null, null));

        await response.ReadProblemAsync(409);
        var stored = await Client.GetAsync<ClaimResponse>($"/api/claims/{claim.Id}");
        Assert.Equal(("Original text", first.Id), (stored.Text, stored.Article!.Id));
    }

    [Fact]
    public async Task IfMatchStar_MatchesAnyVersion()
    {
        var actor = await Given.ActorAsync("Star");

        var response = await PutActorAsync(actor.Id, "Star Edited", System.Net.Http.Headers.EntityTagHeaderValue.Any);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<Guid> AnyIdAsync(string resource) =>
        (await (await Client.GetAsync($"/api/{resource}?limit=1")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();

    private Task<HttpResponseMessage> PutActorAsync(Guid id, string name, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/actors/{id}")
        {
            Content = JsonContent(new ActorRequest(name, ActorKind.Person, null, null, null, null)),
        };
        request.Headers.IfMatch.Add(etag);
        return Client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PutClaimAsync(HttpClient client, Guid id, Guid actorId, string text, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/claims/{id}")
        {
            Content = JsonContent(new ClaimRequest(actorId, null, text, null, ClaimKind.Indirect, null, null, null, null)),
        };
        request.Headers.IfMatch.Add(etag);
        return client.SendAsync(request);
    }

    private static System.Net.Http.Json.JsonContent JsonContent<T>(T body) => System.Net.Http.Json.JsonContent.Create(body, options: Json.Options);
}

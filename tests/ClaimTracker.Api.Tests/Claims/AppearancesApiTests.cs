using System.Net;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Claims;

public sealed class AppearancesApiTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task AddAppearance_RecordsASecondArticle_AndTheFirstStaysTheClaimsArticle()
    {
        var first = await Given.ArticleAsync("Peskov: \"It was Washington.\"");
        var second = await Given.ArticleAsync("Peskov said it was decided in Washington.");
        var actor = await Given.ActorAsync();
        var claim = await (await Client.PostJsonAsync("/api/claims",
            new ClaimRequest(actor.Id, first.Id, "Washington decided.", "It was Washington.", ClaimKind.Direct, 9, 27, null, false))).ReadAsync<ClaimResponse>();

        var response = await Client.PostJsonAsync($"/api/claims/{claim.Id}/appearances",
            new AppearanceRequest(second.Id, "it was decided in Washington", ClaimKind.Indirect, 12, 40));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appearance = await response.ReadAsync<AppearanceResponse>();
        Assert.Equal($"/api/claims/{claim.Id}/appearances/{appearance.Id}", response.Headers.Location?.OriginalString);
        var reloaded = await Client.GetAsync<ClaimResponse>($"/api/claims/{claim.Id}");
        Assert.Equal([first.Id, second.Id], reloaded.Appearances.Select(a => a.Article.Id));
        Assert.Equal((first.Id, "It was Washington.", 9), (reloaded.Article?.Id, reloaded.Quote, reloaded.QuoteStart));
        Assert.Equal(claim.Id, Assert.Single((await Client.GetAsync<Page<ClaimResponse>>($"/api/articles/{second.Id}/claims")).Items).Id);
        Assert.Equal(appearance, await Client.GetAsync<AppearanceResponse>($"/api/claims/{claim.Id}/appearances/{appearance.Id}"));
        Assert.Equal(2, (await Client.GetAsync<List<AppearanceResponse>>($"/api/claims/{claim.Id}/appearances")).Count);
    }

    [Fact]
    public async Task AddAppearance_ReturnsConflict_ForTheSameArticleTwice()
    {
        var article = await Given.ArticleAsync();
        var claim = await Given.ClaimAsync((await Given.ActorAsync()).Id, articleId: article.Id);

        await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/appearances", new AppearanceRequest(article.Id, null, ClaimKind.Indirect, null, null)))
            .ReadProblemAsync(409);
    }

    [Fact]
    public async Task AddAppearance_ReturnsValidationProblem_WhenTheQuoteIsNotAtItsOffsets()
    {
        var article = await Given.ArticleAsync("abcdef");
        var claim = await Given.ClaimAsync((await Given.ActorAsync()).Id);

        var problem = await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/appearances", new AppearanceRequest(article.Id, "abc", ClaimKind.Direct, 1, 4)))
            .ReadProblemAsync(400);

        Assert.Contains("quote", problem.Errors.Keys);
        Assert.Empty((await Client.GetAsync<ClaimResponse>($"/api/claims/{claim.Id}")).Appearances);
    }

    [Fact]
    public async Task AddAppearance_ReturnsNotFound_ForUnknownClaim()
    {
        var article = await Given.ArticleAsync();

        await (await Client.PostJsonAsync($"/api/claims/{Guid.NewGuid()}/appearances", new AppearanceRequest(article.Id, null, ClaimKind.Indirect, null, null)))
            .ReadProblemAsync(404);
    }

    [Fact]
    public async Task DeleteAppearance_MakesTheNextOneFirst()
    {
        var first = await Given.ArticleAsync();
        var second = await Given.ArticleAsync();
        var claim = await Given.ClaimAsync((await Given.ActorAsync()).Id, articleId: first.Id);
        await Client.PostJsonAsync($"/api/claims/{claim.Id}/appearances", new AppearanceRequest(second.Id, null, ClaimKind.Indirect, null, null));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/claims/{claim.Id}/appearances/{claim.Appearances[0].Id}")).StatusCode);

        Assert.Equal(second.Id, (await Client.GetAsync<ClaimResponse>($"/api/claims/{claim.Id}")).Article?.Id);
        await (await Client.DeleteAsync($"/api/claims/{claim.Id}/appearances/{claim.Appearances[0].Id}")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task ArticleClaims_WalksEveryClaimOnceInReadingOrder()
    {
        var body = string.Concat(Enumerable.Range(0, 25).Select(i => $"[quote {i:00}] "));
        var article = await Given.ArticleAsync(body);
        var actor = await Given.ActorAsync();
        foreach (var i in Enumerable.Range(0, 25).Reverse())
        {
            var quote = $"quote {i:00}";
            var start = body.IndexOf(quote, StringComparison.Ordinal);
            await Client.PostJsonAsync("/api/claims", new ClaimRequest(actor.Id, article.Id, quote, quote, ClaimKind.Direct, start, start + quote.Length, null, null));
        }

        await Given.ClaimAsync(actor.Id, articleId: article.Id); // no offsets: comes last

        var (items, pages) = await Client.WalkAsync<ClaimResponse>($"/api/articles/{article.Id}/claims", 4);

        Assert.Equal(7, pages);
        Assert.Equal(26, items.Select(c => c.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"quote {i:00}"), items.Take(25).Select(c => c.Quote));
        Assert.Null(items[^1].QuoteStart);
    }

    [Fact]
    public async Task ArticleClaims_ReturnsNotFound_ForUnknownArticle() =>
        await (await Client.GetAsync($"/api/articles/{Guid.NewGuid()}/claims")).ReadProblemAsync(404);
}

using System.Net;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Articles;

public sealed class ArticlesApiTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private static ArticleRequest NewArticle(string? url = null, string body = "Kirby said the US had nothing to do with it.") =>
        new("Kirby rejects claims", url, "Example Wire", DateTimeOffset.Parse("2023-05-04T12:30:00+02:00", System.Globalization.CultureInfo.InvariantCulture), "en-GB", body);

    [Fact]
    public async Task CreateArticle_ReturnsCreatedWithLocationAndTheArticle()
    {
        var response = await Client.PostJsonAsync("/api/articles", NewArticle("https://example.org/a"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.ReadAsync<ArticleResponse>();
        Assert.Equal($"/api/articles/{article.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Kirby rejects claims", article.Title);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal(DateTimeOffset.Parse("2023-05-04T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture), article.PublishedAt);
        Assert.Equal(TimeSpan.Zero, article.PublishedAt!.Value.Offset);

        var fetched = await Client.GetAsync<ArticleResponse>($"/api/articles/{article.Id}");
        Assert.Equal(article, fetched);
    }

    [Fact]
    public async Task CreateArticle_DefaultsLanguageToEnglish()
    {
        var article = await (await Client.PostJsonAsync("/api/articles", new { title = "No language" })).ReadAsync<ArticleResponse>();

        Assert.Equal("en", article.Language);
        Assert.Equal("", article.Body);
    }

    [Fact]
    public async Task CreateArticle_ReturnsValidationProblem_WhenFieldsAreInvalid()
    {
        var response = await Client.PostJsonAsync("/api/articles",
            new { title = "", url = "ftp://example.org/x", language = "english!", body = new string('x', Article.MaxBodyLength + 1) });

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(["body", "language", "title", "url"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task CreateArticle_ReturnsConflict_WhenUrlExists()
    {
        await Client.PostJsonAsync("/api/articles", NewArticle("https://example.org/dup"));

        var response = await Client.PostJsonAsync("/api/articles", NewArticle("https://example.org/dup"));

        var problem = await response.ReadProblemAsync(409);
        Assert.Contains("https://example.org/dup", problem.Detail, StringComparison.Ordinal);
        var page = await Client.GetAsync<Page<ArticleSummaryResponse>>("/api/articles?q=Kirby%20rejects");
        Assert.Single(page.Items);
    }

    [Fact]
    public async Task GetArticle_ReturnsNotFoundProblem_ForUnknownId()
    {
        var id = Guid.NewGuid();

        var problem = await (await Client.GetAsync($"/api/articles/{id}")).ReadProblemAsync(404);

        Assert.Contains(id.ToString(), problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateArticle_ReplacesFieldsAndKeepsCreatedAt()
    {
        var article = await (await Client.PostJsonAsync("/api/articles", NewArticle())).ReadAsync<ArticleResponse>();

        var updated = await (await Client.PutJsonAsync($"/api/articles/{article.Id}",
            new ArticleRequest("New title", "https://example.org/new", null, null, "de", "Neu."))).ReadAsync<ArticleResponse>();

        Assert.Equal(("New title", "https://example.org/new", (string?)null, "de", "Neu."), (updated.Title, updated.Url, updated.Outlet, updated.Language, updated.Body));
        Assert.Equal(article.CreatedAt, updated.CreatedAt);
        Assert.True(updated.UpdatedAt > article.UpdatedAt);
        Assert.Equal(updated, await Client.GetAsync<ArticleResponse>($"/api/articles/{article.Id}"));
    }

    [Fact]
    public async Task UpdateArticle_ReturnsNotFound_ForUnknownId() =>
        await (await Client.PutJsonAsync($"/api/articles/{Guid.NewGuid()}", NewArticle())).ReadProblemAsync(404);

    [Fact]
    public async Task UpdateArticle_ReturnsConflict_WhenTakingAnotherArticlesUrl()
    {
        await Client.PostJsonAsync("/api/articles", NewArticle("https://example.org/one"));
        var second = await (await Client.PostJsonAsync("/api/articles", NewArticle("https://example.org/two"))).ReadAsync<ArticleResponse>();

        await (await Client.PutJsonAsync($"/api/articles/{second.Id}", NewArticle("https://example.org/one"))).ReadProblemAsync(409);

        Assert.Equal("https://example.org/two", (await Client.GetAsync<ArticleResponse>($"/api/articles/{second.Id}")).Url);
    }

    [Fact]
    public async Task UpdateArticle_RejectsABodyThatMovesAQuote()
    {
        var article = await (await Client.PostJsonAsync("/api/articles", NewArticle())).ReadAsync<ArticleResponse>();
        var actor = await Given.ActorAsync();
        await Client.PostJsonAsync("/api/claims", new ClaimRequest(actor.Id, article.Id, "US not involved", "the US had nothing to do with it", ClaimKind.Indirect, 11, 43, null, null));

        var response = await Client.PutJsonAsync($"/api/articles/{article.Id}", NewArticle(body: "Earlier, Kirby said the US had nothing to do with it."));

        var problem = await response.ReadProblemAsync(400);
        Assert.Contains("body", problem.Errors.Keys);
        Assert.Equal(article.Body, (await Client.GetAsync<ArticleResponse>($"/api/articles/{article.Id}")).Body);
    }

    [Fact]
    public async Task DeleteArticle_ReturnsNoContent_ThenNotFound()
    {
        var article = await Given.ArticleAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/articles/{article.Id}")).StatusCode);

        await (await Client.GetAsync($"/api/articles/{article.Id}")).ReadProblemAsync(404);
        await (await Client.DeleteAsync($"/api/articles/{article.Id}")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task DeleteArticle_ReturnsConflict_WhileClaimsAppearInIt_AndCascadeKeepsTheClaims()
    {
        var article = await Given.ArticleAsync();
        var actor = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id, articleId: article.Id);

        var problem = await (await Client.DeleteAsync($"/api/articles/{article.Id}")).ReadProblemAsync(409);
        Assert.Contains("1 claim", problem.Detail, StringComparison.Ordinal);
        await Client.GetAsync<ArticleResponse>($"/api/articles/{article.Id}");

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/articles/{article.Id}?cascade=true")).StatusCode);
        var orphan = await Client.GetAsync<ClaimResponse>($"/api/claims/{claim.Id}");
        Assert.Null(orphan.Article);
        Assert.Empty(orphan.Appearances);
    }

    [Fact]
    public async Task ListArticles_FiltersByTextAndOutlet()
    {
        await Given.ArticleAsync(title: "Drones over Moscow", outlet: "Wire A");
        await Given.ArticleAsync(title: "Budget talks", outlet: "Moscow Times");
        await Given.ArticleAsync(title: "Weather", outlet: "Wire B");

        var byText = await Client.GetAsync<Page<ArticleSummaryResponse>>("/api/articles?q=moscow");
        var byOutlet = await Client.GetAsync<Page<ArticleSummaryResponse>>("/api/articles?outlet=wire%20b");

        Assert.Equal(["Budget talks", "Drones over Moscow"], byText.Items.Select(a => a.Title).Order());
        Assert.Equal("Weather", Assert.Single(byOutlet.Items).Title);
    }

    [Fact]
    public async Task ListArticles_TreatsLikeWildcardsAsText()
    {
        await Given.ArticleAsync(title: "100% sure");
        await Given.ArticleAsync(title: "100 percent sure");

        var page = await Client.GetAsync<Page<ArticleSummaryResponse>>("/api/articles?q=100%25");

        Assert.Equal("100% sure", Assert.Single(page.Items).Title);
    }

    [Fact]
    public async Task ListArticles_WalksAllPagesOf250Articles_EachExactlyOnce()
    {
        var created = new List<Guid>();
        for (var i = 0; i < 250; i++)
        {
            created.Add((await Given.ArticleAsync(outlet: "Paging Wire", body: "x")).Id);
        }

        var (items, pages) = await Client.WalkAsync<ArticleSummaryResponse>("/api/articles?outlet=Paging%20Wire", 30);

        var seen = items.Select(a => a.Id).ToList();
        Assert.Equal(9, pages);
        Assert.Equal(created.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }
}

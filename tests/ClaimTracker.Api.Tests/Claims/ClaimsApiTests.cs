using System.Net;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Claims;

public sealed class ClaimsApiTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string Body = "The minister said: \u201cWe will win.\u201d Critics disagreed.";
    private const string Quote = "We will win.";
    private static readonly int QuoteStart = Body.IndexOf(Quote, StringComparison.Ordinal);

    [Fact]
    public async Task CreateClaim_WithQuoteAtItsOffsets_ReturnsCreatedWithActorArticleAndAppearance()
    {
        var article = await Given.ArticleAsync(Body);
        var actor = await Given.ActorAsync("The Minister");

        var response = await Client.PostJsonAsync("/api/claims",
            new ClaimRequest(actor.Id, article.Id, "The country will win.", Quote, ClaimKind.Direct, QuoteStart, QuoteStart + Quote.Length, null, false));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var claim = await response.ReadAsync<ClaimResponse>();
        Assert.Equal($"/api/claims/{claim.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("The Minister", article.Id, Quote, QuoteStart, false), (claim.Actor.Name, claim.Article?.Id, claim.Quote, claim.QuoteStart, claim.EvidenceProvided));
        var appearance = Assert.Single(claim.Appearances);
        Assert.Equal((article.Id, QuoteStart + Quote.Length, ClaimKind.Direct), (appearance.Article.Id, appearance.QuoteEnd, appearance.Kind));
        Assert.Equivalent(claim, await Client.GetAsync<ClaimResponse>($"/api/claims/{claim.Id}"));
    }

    [Fact]
    public async Task CreateClaim_WithoutArticle_HasNoArticleOrAppearances()
    {
        var actor = await Given.ActorAsync();

        var claim = await (await Client.PostJsonAsync("/api/claims", new ClaimRequest(actor.Id, null, "Said on TV", "We never did", ClaimKind.Direct, null, null, null, null)))
            .ReadAsync<ClaimResponse>();

        Assert.Null(claim.Article);
        Assert.Empty(claim.Appearances);
        Assert.Equal("We never did", claim.Quote);
        Assert.Null(claim.EvidenceProvided);
    }

    [Fact]
    public async Task CreateClaim_ReturnsValidationProblem_WhenOffsetsDoNotMatchTheBody()
    {
        var article = await Given.ArticleAsync(Body);
        var actor = await Given.ActorAsync();

        var response = await Client.PostJsonAsync("/api/claims",
            new ClaimRequest(actor.Id, article.Id, "x", Quote, ClaimKind.Direct, QuoteStart + 1, QuoteStart + 1 + Quote.Length, null, null));

        var problem = await response.ReadProblemAsync(400);
        Assert.Contains($"[{QuoteStart}, {QuoteStart + Quote.Length})", problem.Errors["quote"][0], StringComparison.Ordinal);
        Assert.Empty((await Client.GetAsync<Page<ClaimResponse>>($"/api/claims?actorId={actor.Id}")).Items);
    }

    [Fact]
    public async Task CreateClaim_ReturnsValidationProblem_WhenOffsetsComeWithoutArticleOrWithWrongLength()
    {
        var actor = await Given.ActorAsync();

        var response = await Client.PostJsonAsync("/api/claims", new ClaimRequest(actor.Id, null, "x", "abc", ClaimKind.Direct, 0, 5, null, null));

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(["articleId", "quoteEnd"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task CreateClaim_ReturnsValidationProblem_ForUnknownActorAndArticle()
    {
        var response = await Client.PostJsonAsync("/api/claims", new ClaimRequest(Guid.NewGuid(), Guid.NewGuid(), "x", null, ClaimKind.Indirect, null, null, null, null));

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(["actorId", "articleId"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task CreateClaim_ReturnsValidationProblem_ForMissingFields()
    {
        var problem = await (await Client.PostJsonAsync("/api/claims", new { })).ReadProblemAsync(400);

        Assert.Equal(["actorId", "kind", "text"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task GetClaim_ReturnsNotFound_ForUnknownId() =>
        await (await Client.GetAsync($"/api/claims/{Guid.NewGuid()}")).ReadProblemAsync(404);

    [Fact]
    public async Task UpdateClaim_ReplacesFieldsAndFirstAppearance()
    {
        var first = await Given.ArticleAsync(Body);
        var second = await Given.ArticleAsync("Another day: " + Quote);
        var actor = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id, articleId: first.Id);

        var updated = await (await Client.PutJsonAsync($"/api/claims/{claim.Id}",
            new ClaimRequest(actor.Id, second.Id, "Victory is certain.", Quote, ClaimKind.Direct, 13, 13 + Quote.Length, DateTimeOffset.UnixEpoch, true)))
            .ReadAsync<ClaimResponse>();

        Assert.Equal((second.Id, 13, "Victory is certain.", true, DateTimeOffset.UnixEpoch), (updated.Article?.Id, updated.QuoteStart, updated.Text, updated.EvidenceProvided, updated.StatedAt));
        Assert.Equal(second.Id, Assert.Single(updated.Appearances).Article.Id);
        Assert.Equal(claim.CreatedAt, updated.CreatedAt);
    }

    [Fact]
    public async Task UpdateClaim_WithoutArticle_RemovesTheFirstAppearance()
    {
        var article = await Given.ArticleAsync();
        var actor = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id, articleId: article.Id);

        var updated = await (await Client.PutJsonAsync($"/api/claims/{claim.Id}", new ClaimRequest(actor.Id, null, "t", null, ClaimKind.Indirect, null, null, null, null)))
            .ReadAsync<ClaimResponse>();

        Assert.Null(updated.Article);
        Assert.Empty(updated.Appearances);
    }

    [Fact]
    public async Task UpdateClaim_ReturnsNotFound_ForUnknownId()
    {
        var actor = await Given.ActorAsync();

        await (await Client.PutJsonAsync($"/api/claims/{Guid.NewGuid()}", new ClaimRequest(actor.Id, null, "t", null, ClaimKind.Indirect, null, null, null, null)))
            .ReadProblemAsync(404);
    }

    [Fact]
    public async Task DeleteClaim_ReturnsConflict_WhileRelationsExist_AndCascadeDeletesThem()
    {
        var actor = await Given.ActorAsync();
        var claim = await Given.ClaimAsync(actor.Id);
        var other = await Given.ClaimAsync(actor.Id);
        await Given.RelationAsync(claim.Id, ClaimRelationType.Supports, other.Id);

        var problem = await (await Client.DeleteAsync($"/api/claims/{claim.Id}")).ReadProblemAsync(409);
        Assert.Contains("1 relation", problem.Detail, StringComparison.Ordinal);
        await Client.GetAsync<ClaimResponse>($"/api/claims/{claim.Id}");

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/claims/{claim.Id}?cascade=true")).StatusCode);
        await (await Client.GetAsync($"/api/claims/{claim.Id}")).ReadProblemAsync(404);
        Assert.Empty((await Client.GetAsync<Page<RelationResponse>>($"/api/claims/{other.Id}/relations")).Items);
    }

    [Fact]
    public async Task DeleteClaim_ReturnsNotFound_ForUnknownId() =>
        await (await Client.DeleteAsync($"/api/claims/{Guid.NewGuid()}")).ReadProblemAsync(404);

    [Fact]
    public async Task ListClaims_FiltersByActorArticleAndEvidence()
    {
        var article = await Given.ArticleAsync();
        var actor = await Given.ActorAsync();
        var inArticle = await Given.ClaimAsync(actor.Id, articleId: article.Id, evidenceProvided: true);
        var elsewhere = await Given.ClaimAsync(actor.Id, evidenceProvided: false);

        var byActor = await Client.GetAsync<Page<ClaimResponse>>($"/api/claims?actorId={actor.Id}");
        var byArticle = await Client.GetAsync<Page<ClaimResponse>>($"/api/claims?articleId={article.Id}");
        var byBoth = await Client.GetAsync<Page<ClaimResponse>>($"/api/claims?actorId={actor.Id}&evidenceProvided=false");

        Assert.Equal(new[] { inArticle.Id, elsewhere.Id }.Order(), byActor.Items.Select(c => c.Id).Order());
        Assert.Equal(inArticle.Id, Assert.Single(byArticle.Items).Id);
        Assert.Equal(elsewhere.Id, Assert.Single(byBoth.Items).Id);
    }

    [Fact]
    public async Task ListClaims_WalksEveryPageExactlyOnce()
    {
        var actor = await Given.ActorAsync();
        var created = new List<Guid>();
        for (var i = 0; i < 45; i++)
        {
            created.Add((await Given.ClaimAsync(actor.Id)).Id);
        }

        var (seen, pages) = await Client.WalkAsync<ClaimResponse>($"/api/claims?actorId={actor.Id}", 10);

        Assert.Equal(5, pages);
        Assert.Equal(created.Order(), seen.Select(c => c.Id).Order());
    }
}

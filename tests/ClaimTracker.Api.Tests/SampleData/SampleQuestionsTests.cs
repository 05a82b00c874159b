using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.SampleData;

/// <summary>The five questions of the sample annotation, answered over HTTP from the seeded data.</summary>
public sealed class SampleQuestionsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("We know that the decision on such acts", "John Kirby", "United States government")]
    [InlineData("Moscow initially blamed Ukraine", "Government of Ukraine", "Institute for the Study of War")]
    [InlineData("the Kremlin reported an attempted attack", "Institute for the Study of War")]
    public async Task WhoDisputes_AnswersTheAnnotatedActors(string quoteStart, params string[] expectedActors)
    {
        var claim = await FindClaimByQuoteAsync(quoteStart);

        var answer = await Client.GetAsync<ClaimSidesResponse>($"/api/claims/{claim.Id}/disputers");

        Assert.Equal(claim.Id, answer.Claim.Id);
        Assert.Equal(expectedActors.Order(), answer.Items.Select(i => i.Actor.Name).Order());
    }

    [Fact]
    public async Task WhoDisputesWashingtonDecides_OrdersKirbyFirstWithHisFourCounterClaims()
    {
        var claim = await FindClaimByQuoteAsync("We know that the decision on such acts");

        var answer = await Client.GetAsync<ClaimSidesResponse>($"/api/claims/{claim.Id}/disputers");

        Assert.Equal(["John Kirby", "United States government"], answer.Items.Select(i => i.Actor.Name));
        Assert.Equal(4, answer.Items[0].CounterClaims.Count);
        Assert.Contains(answer.Items[0].CounterClaims, c => c.Quote == "Mr. Peskov is lying.");
        Assert.All(answer.Items.SelectMany(i => i.CounterClaims), c => Assert.NotNull(c.Article));
        Assert.Equal(ActorKind.Government, answer.Items[1].Actor.Kind);
    }

    [Fact]
    public async Task WhoSupportsStaged_IsTheInstituteForTheStudyOfWar()
    {
        var claim = await FindClaimByQuoteAsync("Russia probably staged");

        var answer = await Client.GetAsync<ClaimSidesResponse>($"/api/claims/{claim.Id}/supporters");

        var supporter = Assert.Single(answer.Items);
        Assert.Equal("Institute for the Study of War", supporter.Actor.Name);
        Assert.Equal(3, supporter.CounterClaims.Count);
    }

    [Fact]
    public async Task ClaimsWithoutEvidence_AreOnlyWashingtonDecides()
    {
        var page = await Client.GetAsync<Page<ClaimResponse>>("/api/claims?evidenceProvided=false");

        var claim = Assert.Single(page.Items);
        Assert.StartsWith("We know that the decision on such acts", claim.Quote, StringComparison.Ordinal);
        Assert.Equal("Dmitry Peskov", claim.Actor.Name);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task SampleArticle_HoldsNineteenClaimsWhoseQuotesStandAtTheirOffsets()
    {
        var article = Assert.Single((await Client.GetAsync<Page<Api.Articles.ArticleSummaryResponse>>("/api/articles")).Items);
        var body = (await Client.GetAsync<Api.Articles.ArticleResponse>($"/api/articles/{article.Id}")).Body;

        var claims = await Client.GetAsync<Page<ClaimResponse>>($"/api/articles/{article.Id}/claims?limit=100");

        Assert.Equal(19, claims.Items.Count);
        Assert.All(claims.Items, c => Assert.Equal(c.Quote, body[c.QuoteStart!.Value..c.QuoteEnd!.Value]));
        Assert.Equal(claims.Items.Select(c => c.QuoteStart).Order(), claims.Items.Select(c => c.QuoteStart)); // reading order
    }

    private async Task<ClaimResponse> FindClaimByQuoteAsync(string quoteStart)
    {
        var all = await Client.GetAsync<Page<ClaimResponse>>("/api/claims?limit=100");
        return Assert.Single(all.Items, c => c.Quote?.StartsWith(quoteStart, StringComparison.Ordinal) == true);
    }
}

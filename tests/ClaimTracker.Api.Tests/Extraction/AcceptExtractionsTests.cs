using System.Net;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Extraction;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class AcceptExtractionsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string Body = "\u201CThe dam is safe,\u201D Water Minister Lars Berg said on Monday. "
        + "Kirby said the United States would send engineers to inspect it.";

    [Fact]
    public async Task Accept_CreatesTheClaimsAtTheirOffsets_AndTheNewActor()
    {
        var (article, suggestions) = await ExtractAsync();

        var response = await Client.PostJsonAsync($"/api/articles/{article}/extractions/accept", Accept(suggestions));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.ReadAsync<AcceptExtractionsResponse>();
        Assert.All(result.Claims, c => Assert.True(c.Created));
        var created = Assert.Single(result.CreatedActors);
        Assert.Equal(("Lars Berg", ActorKind.Person), (created.Name, created.Kind));
        var claims = (await Client.GetAsync<Page<ClaimResponse>>($"/api/articles/{article}/claims")).Items;
        Assert.Equal(suggestions.Select(s => (s.Quote, (int?)s.Start, (int?)s.End, s.Speaker!.Name)),
            claims.Select(c => (c.Quote!, c.QuoteStart, c.QuoteEnd, c.Actor.Name)));
        Assert.Equal(result.Claims.Select(c => c.ClaimId), claims.Select(c => c.Id));
    }

    [Fact]
    public async Task Accept_Twice_CreatesNothingNew_AndReturnsTheSameClaims()
    {
        var (article, suggestions) = await ExtractAsync();
        var first = await (await Client.PostJsonAsync($"/api/articles/{article}/extractions/accept", Accept(suggestions))).ReadAsync<AcceptExtractionsResponse>();
        var actorsBefore = (await Client.GetAsync<Page<ActorResponse>>("/api/actors?limit=100")).Items.Count;

        var response = await Client.PostJsonAsync($"/api/articles/{article}/extractions/accept", Accept(suggestions));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var second = await response.ReadAsync<AcceptExtractionsResponse>();
        Assert.Equal(first.Claims.Select(c => c.ClaimId), second.Claims.Select(c => c.ClaimId));
        Assert.All(second.Claims, c => Assert.False(c.Created));
        Assert.Empty(second.CreatedActors);
        Assert.Equal(actorsBefore, (await Client.GetAsync<Page<ActorResponse>>("/api/actors?limit=100")).Items.Count);
        Assert.Equal(2, (await Client.GetAsync<Page<ClaimResponse>>($"/api/articles/{article}/claims")).Items.Count);
    }

    [Fact]
    public async Task Accept_WithOneBadOffset_RejectsEverything_AndLeavesNothingBehind()
    {
        var (article, suggestions) = await ExtractAsync();
        var items = Accept(suggestions).Suggestions!.ToList();
        items[1] = items[1] with { Start = items[1].Start + 1, End = items[1].End + 1 };

        var response = await Client.PostJsonAsync($"/api/articles/{article}/extractions/accept", new AcceptExtractionsRequest(items));

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(["suggestions[1].quote"], problem.Errors.Keys);
        Assert.Contains($"[{suggestions[1].Start}, {suggestions[1].End})", problem.Errors["suggestions[1].quote"][0], StringComparison.Ordinal);
        Assert.Empty((await Client.GetAsync<Page<ClaimResponse>>($"/api/articles/{article}/claims")).Items);
        Assert.Empty((await Client.GetAsync<Page<ActorResponse>>("/api/actors?q=Lars%20Berg")).Items);
    }

    [Fact]
    public async Task Accept_EditedItems_AnotherStoredSpeaker_ATrimmedSpan_AndANameThatExistsInAnotherCase()
    {
        var (article, suggestions) = await ExtractAsync();
        var sample = await Sample.LoadAsync(Client);
        var trimmed = suggestions[1] with { Quote = "the United States would send engineers", End = suggestions[1].Start + 38 };
        var items = new[]
        {
            ToItem(suggestions[0]) with { Speaker = new AcceptedSpeaker(sample.Actor("Dmitry Peskov"), null, null) },
            ToItem(trimmed) with { Speaker = new AcceptedSpeaker(null, "JOHN KIRBY", ActorKind.Person), Text = "US engineers will inspect the dam." },
        };

        var result = await (await Client.PostJsonAsync($"/api/articles/{article}/extractions/accept", new AcceptExtractionsRequest(items)))
            .ReadAsync<AcceptExtractionsResponse>();

        Assert.Equal([sample.Actor("Dmitry Peskov"), sample.Actor("John Kirby")], result.Claims.Select(c => c.ActorId));
        Assert.Empty(result.CreatedActors);
        var claim = await Client.GetAsync<ClaimResponse>($"/api/claims/{result.Claims[1].ClaimId}");
        Assert.Equal(("US engineers will inspect the dam.", "the United States would send engineers", ClaimKind.Indirect), (claim.Text, claim.Quote, claim.Kind));
    }

    [Fact]
    public async Task Accept_ReturnsNotFound_ForAnUnknownArticle()
    {
        var (_, suggestions) = await ExtractAsync();

        var response = await Client.PostJsonAsync($"/api/articles/{Guid.NewGuid()}/extractions/accept", Accept(suggestions));

        await response.ReadProblemAsync(404);
    }

    [Fact]
    public async Task Accept_ReturnsValidationProblem_ForAnUnknownSpeakerId_AndCreatesNothing()
    {
        var (article, suggestions) = await ExtractAsync();
        var items = new[] { ToItem(suggestions[0]), ToItem(suggestions[1]) with { Speaker = new AcceptedSpeaker(Guid.NewGuid(), null, null) } };

        var problem = await (await Client.PostJsonAsync($"/api/articles/{article}/extractions/accept", new AcceptExtractionsRequest(items))).ReadProblemAsync(400);

        Assert.Equal(["suggestions[1].speaker.id"], problem.Errors.Keys);
        Assert.Empty((await Client.GetAsync<Page<ClaimResponse>>($"/api/articles/{article}/claims")).Items);
    }

    [Fact]
    public async Task Accept_ReturnsValidationProblem_ForMissingFields()
    {
        var (article, _) = await ExtractAsync();
        var items = new[] { new AcceptedSuggestion(null, "The dam", 1, 5, new AcceptedSpeaker(null, null, null), null, null) };

        var problem = await (await Client.PostJsonAsync($"/api/articles/{article}/extractions/accept", new AcceptExtractionsRequest(items))).ReadProblemAsync(400);

        Assert.Equal(["suggestions[0].end", "suggestions[0].kind", "suggestions[0].speaker.kind", "suggestions[0].speaker.name"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task Accept_ReturnsValidationProblem_ForNoSuggestions()
    {
        var (article, _) = await ExtractAsync();

        var problem = await (await Client.PostJsonAsync($"/api/articles/{article}/extractions/accept", new AcceptExtractionsRequest([]))).ReadProblemAsync(400);

        Assert.True(problem.Errors.ContainsKey("suggestions"));
    }

    private async Task<(Guid Article, IReadOnlyList<QuoteSuggestion> Suggestions)> ExtractAsync()
    {
        var article = await Given.ArticleAsync(Body);
        var suggestions = (await (await Client.PostAsync($"/api/articles/{article.Id}/extractions", null)).ReadAsync<ExtractionResponse>()).Suggestions;
        Assert.Equal(2, suggestions.Count);
        return (article.Id, suggestions);
    }

    private static AcceptExtractionsRequest Accept(IEnumerable<QuoteSuggestion> suggestions) => new(suggestions.Select(ToItem).ToList());

    private static AcceptedSuggestion ToItem(QuoteSuggestion s) =>
        new(s.Kind, s.Quote, s.Start, s.End, new AcceptedSpeaker(s.Speaker!.Id, s.Speaker.Name, s.Speaker.Kind), s.Text, null);
}

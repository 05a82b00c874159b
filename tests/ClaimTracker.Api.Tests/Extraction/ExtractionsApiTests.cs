using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Extraction;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class ExtractionsApiTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task ExtractArticle_FindsPeskovsQuote_AttributedToTheStoredPeskov()
    {
        var sample = await Sample.LoadAsync(Client);

        var response = await Client.PostAsync($"/api/articles/{sample.ArticleId}/extractions", null);

        var suggestions = (await response.ReadAsync<ExtractionResponse>()).Suggestions;
        var peskov = suggestions.Single(s => s.Start == 456);
        Assert.Equal((597, ClaimKind.Direct, "said"), (peskov.End, peskov.Kind, peskov.Cue));
        Assert.StartsWith("We know that the decision on such acts", peskov.Quote, StringComparison.Ordinal);
        Assert.Equal(new SpeakerSuggestion(sample.Actor("Dmitry Peskov"), "Dmitry Peskov", ActorKind.Person), peskov.Speaker);
        Assert.Equal("Peskov", peskov.SpeakerMention);
    }

    [Fact]
    public async Task ExtractArticle_AttributesKirbysQuotes_ToJohnKirby_ByFullNameSurnameAndPronoun()
    {
        var sample = await Sample.LoadAsync(Client);

        var suggestions = (await (await Client.PostAsync($"/api/articles/{sample.ArticleId}/extractions", null)).ReadAsync<ExtractionResponse>()).Suggestions;

        var kirby = sample.Actor("John Kirby");
        var quotes = new[] { "The United States had nothing to do with it.", "Mr. Peskov is lying.", "We do not advocate attacks" };
        var found = quotes.Select(q => suggestions.Single(s => s.Quote.StartsWith(q, StringComparison.Ordinal))).ToList();
        Assert.All(found, s => Assert.Equal(kirby, s.Speaker?.Id));
        Assert.Equal(["National Security Council communications director John Kirby", "Kirby", "he"], found.Select(s => s.SpeakerMention));
    }

    [Fact]
    public async Task ExtractArticle_ReturnsNotFound_ForAnUnknownArticle()
    {
        var id = Guid.NewGuid();

        var problem = await (await Client.PostAsync($"/api/articles/{id}/extractions", null)).ReadProblemAsync(404);

        Assert.Contains(id.ToString(), problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractText_ResolvesStoredActors_ProposesNewOnes_AndStoresNothing()
    {
        var sample = await Sample.LoadAsync(Client);
        var before = await CountsAsync();
        const string Text = "Kirby said the talks had failed. \u201CWe expect a reply by Friday,\u201D Foreign Minister Ana Ruiz told reporters.";

        var suggestions = (await (await Client.PostJsonAsync("/api/extractions", new ExtractTextRequest(Text))).ReadAsync<ExtractionResponse>()).Suggestions;

        Assert.Equal(2, suggestions.Count);
        Assert.Equal(new SpeakerSuggestion(sample.Actor("John Kirby"), "John Kirby", ActorKind.Person), suggestions[0].Speaker);
        Assert.Equal(new SpeakerSuggestion(null, "Ana Ruiz", ActorKind.Person), suggestions[1].Speaker);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ExtractText_OmitsTheIdOfANewSpeaker_InTheJson()
    {
        var json = await (await Client.PostJsonAsync("/api/extractions", new ExtractTextRequest("Professor Hana Sato said the bridge was unsafe."))).ReadJsonAsync();

        var speaker = json.GetProperty("suggestions")[0].GetProperty("speaker");
        Assert.False(speaker.TryGetProperty("id", out _));
        Assert.Equal(("Hana Sato", "person"), (speaker.GetProperty("name").GetString(), speaker.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task ExtractText_ReturnsValidationProblem_WithoutText(string? text)
    {
        var problem = await (await Client.PostJsonAsync("/api/extractions", new ExtractTextRequest(text))).ReadProblemAsync(400);

        Assert.True(problem.Errors.ContainsKey("text"));
    }

    [Fact]
    public async Task ExtractText_ReturnsValidationProblem_PastTheBodyLimit()
    {
        var problem = await (await Client.PostJsonAsync("/api/extractions", new ExtractTextRequest(new string('a', 200_001)))).ReadProblemAsync(400);

        Assert.Contains("200000", problem.Errors["text"][0], StringComparison.Ordinal);
    }

    private async Task<(int Claims, int Actors, int Articles)> CountsAsync() => (
        (await Client.GetAsync<Page<ClaimResponse>>("/api/claims?limit=100")).Items.Count,
        (await Client.GetAsync<Page<ActorResponse>>("/api/actors?limit=100")).Items.Count,
        (await Client.GetAsync<Page<ClaimTracker.Api.Articles.ArticleSummaryResponse>>("/api/articles?limit=100")).Items.Count);
}

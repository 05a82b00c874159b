using System.Text;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;
using ClaimTracker.Api.Verdicts;

namespace ClaimTracker.Api.Tests.Verdicts;

public sealed class ClaimReviewImportTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string SearchApiBody = """
        { "claims": [
          { "text": "The moon is made of cheese.", "claimant": "Cheese Lobby", "claimDate": "2024-01-05T00:00:00Z",
            "claimReview": [
              { "publisher": { "name": "Check One", "site": "one.example" }, "url": "https://one.example/moon", "title": "No",
                "reviewDate": "2024-01-06T00:00:00Z", "textualRating": "Pants on Fire", "languageCode": "en" },
              { "publisher": { "name": "Check Two" }, "url": "https://two.example/moon", "textualRating": "Half true" } ] },
          { "text": "", "claimant": "Nobody", "claimReview": [ { "publisher": { "name": "Check One" }, "textualRating": "True" } ] }
        ] }
        """;

    private Task<List<ImportItemResult>> ImportAsync(string body) =>
        Client.PostAsync("/api/import/claimreview", new StringContent(body, Encoding.UTF8, "application/json"))
            .ContinueWith(t => t.Result.ReadAsync<List<ImportItemResult>>()).Unwrap();

    [Fact]
    public async Task Import_SearchApiShape_CreatesThenReuses_AndReportsBadItems()
    {
        var first = await ImportAsync(SearchApiBody);

        Assert.Equal(["created", "created", "error"], first.Select(r => r.Status));
        Assert.NotNull(first[2].Error);
        var claimId = first[0].ClaimId!.Value;
        Assert.Equal(claimId, first[1].ClaimId);
        var claim = await Client.GetAsync<ClaimResponse>($"/api/claims/{claimId}");
        Assert.Equal(("The moon is made of cheese.", "Cheese Lobby"), (claim.Text, claim.Actor.Name));
        Assert.Equal([new VerdictBrief("Check One", RatingValue.False), new VerdictBrief("Check Two", RatingValue.Mixed)], claim.Verdicts.Items);
        var reviewer = (await Client.GetAsync<Page<ActorResponse>>("/api/actors?q=check%20one")).Items.Single(a => a.Name == "Check One");
        Assert.Equal(ActorKind.Organization, reviewer.Kind);

        var second = await ImportAsync(SearchApiBody);

        Assert.Equal(["reused", "reused", "error"], second.Select(r => r.Status));
        Assert.Equal(first.Select(r => r.VerdictId), second.Select(r => r.VerdictId));
        Assert.Equal(2, (await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claimId}/verdicts")).Items.Count);
    }

    [Fact]
    public async Task Import_RefusesABodyOfNeitherShape()
    {
        var response = await Client.PostAsync("/api/import/claimreview", new StringContent("""{"hello":1}""", Encoding.UTF8, "application/json"));

        Assert.True((await response.ReadProblemAsync(400)).Errors.ContainsKey("body"));
    }

    [Fact]
    public async Task ExportThenImport_RoundTripsTheClaimAndItsVerdicts()
    {
        var article = await Given.ArticleAsync(title: "Minister speaks", url: "https://news.example/minister");
        var speaker = await Given.ActorAsync("Jane Minister", ActorKind.Person);
        var claim = await Given.ClaimAsync(speaker.Id, "Crime fell by half.", article.Id);
        var checker = await Given.ActorAsync("Fact Desk", ActorKind.Organization);
        await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/verdicts",
            new VerdictRequest(checker.Id, null, "Pants on Fire", RatingValue.False, "https://factdesk.example/crime", null, null))).ReadAsync<VerdictResponse>();
        await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/verdicts",
            new VerdictRequest(null, "Other Check", "Unsupported", RatingValue.Unproven, null, null, null))).ReadAsync<VerdictResponse>();
        await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/verdicts",
            new VerdictRequest(null, "Third Check", "Largely accurate", RatingValue.MostlyTrue, "https://third.example/c", null, null))).ReadAsync<VerdictResponse>();
        var exported = await (await Client.GetAsync($"/api/claims/{claim.Id}/claimreview")).Content.ReadAsStringAsync();
        var before = await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claim.Id}/verdicts");
        Assert.All(await ImportAsync(exported), r => Assert.Equal(("reused", claim.Id), (r.Status, r.ClaimId)));
        Assert.Equal(3, (await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claim.Id}/verdicts")).Items.Count);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/claims/{claim.Id}?cascade=true")).StatusCode);

        var results = await ImportAsync(exported);

        Assert.Equal(["created", "created", "created"], results.Select(r => r.Status));
        var newId = Assert.Single(results.Select(r => r.ClaimId).Distinct())!.Value;
        Assert.NotEqual(claim.Id, newId);
        var imported = await Client.GetAsync<ClaimResponse>($"/api/claims/{newId}");
        Assert.Equal(("Crime fell by half.", speaker.Id, article.Id), (imported.Text, imported.Actor.Id, imported.Article?.Id));
        var after = await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{newId}/verdicts");
        static string Key(VerdictResponse v) => $"{v.Reviewer.Name}|{v.Rating}|{v.RatingValue}|{v.Url}";
        Assert.Equal(before.Items.Select(Key).Order(), after.Items.Select(Key).Order());
        Assert.Equal(checker.Id, after.Items.Single(v => v.Reviewer.Name == "Fact Desk").Reviewer.Id);
        Assert.Equal(["reused", "reused", "reused"], (await ImportAsync(exported)).Select(r => r.Status));
    }
}

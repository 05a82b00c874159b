using System.Net;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;
using ClaimTracker.Api.Verdicts;

namespace ClaimTracker.Api.Tests.Verdicts;

public sealed class VerdictsApiTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private static VerdictRequest Named(string reviewer, string rating, RatingValue value, string? url = null) =>
        new(null, reviewer, rating, value, url, DateTimeOffset.Parse("2024-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), "Checked.");

    [Fact]
    public async Task AddVerdict_CreatesIt_WithLocation_AndGetListAndDeleteWork()
    {
        var sample = await Sample.LoadAsync(Client);
        var claimId = sample.Staged;
        var checker = await Given.ActorAsync("Fact Desk", ActorKind.Media);

        var response = await Client.PostJsonAsync($"/api/claims/{claimId}/verdicts",
            new VerdictRequest(checker.Id, null, "Pants on Fire", RatingValue.False, "https://factdesk.example/staged", null, "No evidence."));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var verdict = await response.ReadAsync<VerdictResponse>();
        Assert.Equal($"/api/claims/{claimId}/verdicts/{verdict.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((checker.Id, "Fact Desk", "Pants on Fire", RatingValue.False), (verdict.Reviewer.Id, verdict.Reviewer.Name, verdict.Rating, verdict.RatingValue));
        Assert.Contains("\"ratingValue\":\"false\"", await (await Client.GetAsync($"/api/claims/{claimId}/verdicts/{verdict.Id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(verdict, await Client.GetAsync<VerdictResponse>($"/api/claims/{claimId}/verdicts/{verdict.Id}"));
        Assert.Equal(verdict.Id, Assert.Single((await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claimId}/verdicts")).Items).Id);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/claims/{claimId}/verdicts/{verdict.Id}")).StatusCode);
        await (await Client.GetAsync($"/api/claims/{claimId}/verdicts/{verdict.Id}")).ReadProblemAsync(404);
        await (await Client.DeleteAsync($"/api/claims/{claimId}/verdicts/{verdict.Id}")).ReadProblemAsync(404);
        Assert.Empty((await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claimId}/verdicts")).Items);
    }

    [Fact]
    public async Task TwoDisagreeingReviewers_AreBothKept_NewestFirst_AndSummarisedOnTheClaim()
    {
        var claimId = (await Sample.LoadAsync(Client)).Staged;
        var first = await (await Client.PostJsonAsync($"/api/claims/{claimId}/verdicts", Named("Checker A", "False", RatingValue.False))).ReadAsync<VerdictResponse>();
        var second = await (await Client.PostJsonAsync($"/api/claims/{claimId}/verdicts", Named("Checker B", "Mostly true", RatingValue.MostlyTrue))).ReadAsync<VerdictResponse>();

        var page = await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claimId}/verdicts");
        Assert.Equal([second.Id, first.Id], page.Items.Select(v => v.Id));
        var onePage = await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claimId}/verdicts?limit=1");
        Assert.Equal(second.Id, Assert.Single(onePage.Items).Id);
        var next = await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claimId}/verdicts?limit=1&cursor={onePage.NextCursor}");
        Assert.Equal(first.Id, Assert.Single(next.Items).Id);
        Assert.Null(next.NextCursor);

        var claim = await Client.GetAsync<ClaimResponse>($"/api/claims/{claimId}");
        Assert.Equal(2, claim.Verdicts.Count);
        Assert.Equal([new VerdictBrief("Checker A", RatingValue.False), new VerdictBrief("Checker B", RatingValue.MostlyTrue)], claim.Verdicts.Items);
        var listed = (await Client.GetAsync<Page<ClaimResponse>>("/api/claims?limit=100")).Items;
        Assert.Equal(2, listed.Single(c => c.Id == claimId).Verdicts.Count);
        Assert.All(listed.Where(c => c.Id != claimId), c => Assert.Equal(0, c.Verdicts.Count));
    }

    [Fact]
    public async Task ListClaims_FiltersByVerdict_AndRefusesAnUnknownValue()
    {
        var sample = await Sample.LoadAsync(Client);
        await (await Client.PostJsonAsync($"/api/claims/{sample.Staged}/verdicts", Named("Checker A", "False", RatingValue.False))).ReadAsync<VerdictResponse>();
        await (await Client.PostJsonAsync($"/api/claims/{sample.KremlinAttack}/verdicts", Named("Checker A", "Mostly false", RatingValue.MostlyFalse))).ReadAsync<VerdictResponse>();

        Assert.Equal(sample.Staged, Assert.Single((await Client.GetAsync<Page<ClaimResponse>>("/api/claims?verdict=false")).Items).Id);
        Assert.Equal(sample.KremlinAttack, Assert.Single((await Client.GetAsync<Page<ClaimResponse>>("/api/claims?verdict=MostlyFalse")).Items).Id);
        Assert.Empty((await Client.GetAsync<Page<ClaimResponse>>("/api/claims?verdict=true")).Items);
        var problem = await (await Client.GetAsync("/api/claims?verdict=bogus")).ReadProblemAsync(400);
        Assert.Contains("mostlyFalse", Assert.Single(problem.Errors["verdict"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task AddVerdict_NeedsExactlyOneReviewer(bool withId, bool withName)
    {
        var claimId = (await Sample.LoadAsync(Client)).Staged;
        var checker = await Given.ActorAsync(kind: ActorKind.Organization);
        var request = new VerdictRequest(withId ? checker.Id : null, withName ? "Checker" : null, "False", RatingValue.False, null, null, null);

        var problem = await (await Client.PostJsonAsync($"/api/claims/{claimId}/verdicts", request)).ReadProblemAsync(400);

        Assert.True(problem.Errors.ContainsKey("reviewerId"), string.Join(", ", problem.Errors.Keys));
    }

    [Fact]
    public async Task AddVerdict_RefusesAPersonOrUnknownActorAsReviewer()
    {
        var claimId = (await Sample.LoadAsync(Client)).Staged;
        var person = await Given.ActorAsync(kind: ActorKind.Person);

        var problem = await (await Client.PostJsonAsync($"/api/claims/{claimId}/verdicts",
            new VerdictRequest(person.Id, null, "False", RatingValue.False, null, null, null))).ReadProblemAsync(400);
        Assert.Contains("media or organization", Assert.Single(problem.Errors["reviewerId"]), StringComparison.Ordinal);
        var unknown = await (await Client.PostJsonAsync($"/api/claims/{claimId}/verdicts",
            new VerdictRequest(Guid.NewGuid(), null, "False", RatingValue.False, null, null, null))).ReadProblemAsync(400);
        Assert.True(unknown.Errors.ContainsKey("reviewerId"));
        Assert.Empty((await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claimId}/verdicts")).Items);
    }

    [Theory]
    [InlineData("""{"reviewerName":"X","rating":"False","ratingValue":"wrong"}""")]
    [InlineData("""{"reviewerName":"X","rating":"False","ratingValue":2}""")]
    [InlineData("""{"reviewerName":"X","rating":"","ratingValue":"false"}""")]
    [InlineData("""{"reviewerName":"X","rating":"False","ratingValue":"false","url":"ftp://x.example/a"}""")]
    public async Task AddVerdict_RefusesBadBodies(string body)
    {
        var claimId = (await Sample.LoadAsync(Client)).Staged;

        var response = await Client.PostAsync($"/api/claims/{claimId}/verdicts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(400);
        Assert.Empty((await Client.GetAsync<Page<VerdictResponse>>($"/api/claims/{claimId}/verdicts")).Items);
    }

    [Fact]
    public async Task Verdicts_Return404_ForAnUnknownClaimOrVerdict()
    {
        var unknown = Guid.NewGuid();
        var claimId = (await Sample.LoadAsync(Client)).Staged;

        await (await Client.PostJsonAsync($"/api/claims/{unknown}/verdicts", Named("Checker", "False", RatingValue.False))).ReadProblemAsync(404);
        await (await Client.GetAsync($"/api/claims/{unknown}/verdicts")).ReadProblemAsync(404);
        await (await Client.GetAsync($"/api/claims/{claimId}/verdicts/{unknown}")).ReadProblemAsync(404);
        await (await Client.GetAsync($"/api/claims/{unknown}/claimreview")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task DeletingTheClaim_DeletesItsVerdicts()
    {
        var claim = await Given.ClaimAsync((await Given.ActorAsync()).Id);
        var verdict = await (await Client.PostJsonAsync($"/api/claims/{claim.Id}/verdicts", Named("Checker", "False", RatingValue.False))).ReadAsync<VerdictResponse>();

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/claims/{claim.Id}")).StatusCode);

        await (await Client.GetAsync($"/api/claims/{claim.Id}/verdicts/{verdict.Id}")).ReadProblemAsync(404);
    }
}

using System.Globalization;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Queries;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Queries;

public sealed class ActorClaimsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private static DateTimeOffset Day(string date) => DateTimeOffset.Parse(date + "T12:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task PeskovsClaims_CountDisputesAndSupports()
    {
        var sample = await Sample.LoadAsync(Client);

        var page = await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{sample.Actor("Dmitry Peskov")}/claims");

        Assert.Equal(3, page.Items.Count);
        var washington = page.Items.Single(c => c.Id == sample.WashingtonDecides);
        Assert.Equal((5, 0), (washington.DisputedCount, washington.SupportedCount));
        Assert.All(page.Items.Where(c => c.Id != sample.WashingtonDecides), c => Assert.Equal((0, 0), (c.DisputedCount, c.SupportedCount)));
    }

    [Fact]
    public async Task ActorClaims_DisputedFilter_KeepsOnlyDisputedOrUndisputed()
    {
        var sample = await Sample.LoadAsync(Client);
        var peskov = sample.Actor("Dmitry Peskov");

        var disputed = await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{peskov}/claims?disputed=true");
        var undisputed = await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{peskov}/claims?disputed=false");

        Assert.Equal(sample.WashingtonDecides, Assert.Single(disputed.Items).Id);
        Assert.Equal(2, undisputed.Items.Count);
    }

    [Fact]
    public async Task KremlinClaims_IncludeMembers_AddsPeskovsClaims()
    {
        var sample = await Sample.LoadAsync(Client);
        var kremlin = sample.Actor("Kremlin");

        var own = await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{kremlin}/claims");
        var withMembers = await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{kremlin}/claims?includeMembers=true");

        Assert.Equal(2, own.Items.Count);
        Assert.Equal(5, withMembers.Items.Count);
        Assert.Equal(["Dmitry Peskov", "Kremlin"], withMembers.Items.Select(c => c.Actor.Name).Distinct().Order());
    }

    [Fact]
    public async Task ActorClaims_AreNewestFirst_BySaidAt_FallingBackToArticleDateThenCreation()
    {
        var actor = await Given.ActorAsync();
        var article = await Client.PostJsonAsync("/api/articles", new Api.Articles.ArticleRequest("Old report", null, null, Day("2020-06-01"), null, "x"));
        var articleId = (await article.ReadAsync<Api.Articles.ArticleResponse>()).Id;
        var stated2021 = await ClaimAsync(actor.Id, "stated 2021", Day("2021-01-01"));
        var fromArticle2020 = await Given.ClaimAsync(actor.Id, "from the article", articleId);
        var stated2022 = await ClaimAsync(actor.Id, "stated 2022", Day("2022-01-01"));
        var recordedNow = await Given.ClaimAsync(actor.Id, "recorded now");

        var page = await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{actor.Id}/claims");

        Assert.Equal([recordedNow.Id, stated2022, stated2021, fromArticle2020.Id], page.Items.Select(c => c.Id));
        Assert.Equal(Day("2020-06-01"), page.Items[^1].SaidAt);
    }

    [Fact]
    public async Task ActorClaims_FromTo_KeepsClaimsOfThePeriod_WithDatesMeaningWholeDays()
    {
        var actor = await Given.ActorAsync();
        await ClaimAsync(actor.Id, "May 3", Day("2023-05-03"));
        await ClaimAsync(actor.Id, "May 4", Day("2023-05-04"));
        await ClaimAsync(actor.Id, "May 5", Day("2023-05-05"));

        var page = await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{actor.Id}/claims?from=2023-05-04&to=2023-05-05");

        Assert.Equal(["May 5", "May 4"], page.Items.Select(c => c.Text));
    }

    [Fact]
    public async Task ActorClaims_MovesWithTheArticleDate()
    {
        var actor = await Given.ActorAsync();
        var article = await Given.ArticleAsync();
        await Given.ClaimAsync(actor.Id, "reported", article.Id);

        await Client.PutJsonAsync($"/api/articles/{article.Id}", new Api.Articles.ArticleRequest(article.Title, null, null, Day("2019-09-09"), null, article.Body));

        var page = await Client.GetAsync<Page<CountedClaimResponse>>($"/api/actors/{actor.Id}/claims");
        Assert.Equal(Day("2019-09-09"), Assert.Single(page.Items).SaidAt);
    }

    [Fact]
    public async Task ActorClaims_WalksEveryPageOnce_EvenWhenDatesTie()
    {
        var actor = await Given.ActorAsync();
        var created = new List<Guid>();
        for (var i = 0; i < 23; i++)
        {
            created.Add(await ClaimAsync(actor.Id, $"claim {i}", Day(i % 2 == 0 ? "2023-01-01" : "2023-02-01")));
        }

        var (items, pages) = await Client.WalkAsync<CountedClaimResponse>($"/api/actors/{actor.Id}/claims", 5);

        Assert.Equal(5, pages);
        Assert.Equal(created.Order(), items.Select(c => c.Id).Order());
        Assert.Equal(items.OrderByDescending(c => c.SaidAt).Select(c => c.Id), items.Select(c => c.Id));
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2023-13-45", "to")]
    [InlineData("from=2023-05-05&to=2023-05-01", "from")]
    [InlineData("disputed=perhaps", "disputed")]
    public async Task ActorClaims_RejectsBadParameters(string query, string field)
    {
        var sample = await Sample.LoadAsync(Client);

        var problem = await (await Client.GetAsync($"/api/actors/{sample.Actor("John Kirby")}/claims?{query}")).ReadProblemAsync(400);

        Assert.Contains(field, problem.Errors.Keys);
    }

    [Fact]
    public async Task ActorClaims_ReturnsNotFound_ForUnknownActor() =>
        await (await Client.GetAsync($"/api/actors/{Guid.NewGuid()}/claims")).ReadProblemAsync(404);

    private async Task<Guid> ClaimAsync(Guid actorId, string text, DateTimeOffset statedAt) =>
        (await (await Client.PostJsonAsync("/api/claims", new ClaimRequest(actorId, null, text, null, ClaimKind.Indirect, null, null, statedAt, null)))
            .ReadAsync<ClaimResponse>()).Id;
}

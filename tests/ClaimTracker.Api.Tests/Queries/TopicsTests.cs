using System.Globalization;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;
using ClaimTracker.Api.Topics;

namespace ClaimTracker.Api.Tests.Queries;

public sealed class TopicsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string Incident = "kremlin-drone-incident-2023";

    [Fact]
    public async Task SetClaimTopics_ReplacesTheTopics_AndTheClaimShowsThem()
    {
        var sample = await Sample.LoadAsync(Client);

        await Client.PutJsonAsync($"/api/claims/{sample.Staged}/topics", new ClaimTopicsRequest([Incident, "air-defense"]));
        var response = await (await Client.PutJsonAsync($"/api/claims/{sample.Staged}/topics", new ClaimTopicsRequest(["air-defense", "staging"])))
            .ReadAsync<ClaimTopicsResponse>();

        Assert.Equal(["air-defense", "staging"], response.Topics);
        Assert.Equal(["air-defense", "staging"], (await Client.GetAsync<ClaimResponse>($"/api/claims/{sample.Staged}")).Topics);
    }

    [Fact]
    public async Task ListTopics_CountsClaims()
    {
        var sample = await Sample.LoadAsync(Client);
        await Client.PutJsonAsync($"/api/claims/{sample.Staged}/topics", new ClaimTopicsRequest([Incident, "air-defense"]));
        await Client.PutJsonAsync($"/api/claims/{sample.AirDefenseUnlikely}/topics", new ClaimTopicsRequest(["air-defense"]));

        var page = await Client.GetAsync<Page<TopicResponse>>("/api/topics");

        Assert.Equal([("air-defense", 2), (Incident, 1)], page.Items.Select(t => (t.Slug, t.ClaimCount)));
        Assert.Equal(Incident, Assert.Single((await Client.GetAsync<Page<TopicResponse>>("/api/topics?q=kremlin")).Items).Slug);
    }

    [Fact]
    public async Task Timeline_ShowsTheDisputeInTimeOrder_WithWhoDisputesAndSupports()
    {
        var sample = await Sample.LoadAsync(Client);
        var later = await (await Client.PostJsonAsync("/api/claims", new ClaimRequest(sample.Actor("Kremlin"), null, "The attack was real.", null,
            ClaimKind.Indirect, null, null, DateTimeOffset.Parse("2023-05-10T00:00:00Z", CultureInfo.InvariantCulture), null))).ReadAsync<ClaimResponse>();
        foreach (var claim in new[] { sample.UkraineBlamed, sample.Staged, sample.WashingtonDecides, later.Id })
        {
            await Client.PutJsonAsync($"/api/claims/{claim}/topics", new ClaimTopicsRequest([Incident]));
        }

        var (entries, _) = await Client.WalkAsync<TimelineEntryResponse>($"/api/topics/{Incident}/timeline", 3);

        Assert.Equal(4, entries.Count);
        Assert.Equal(later.Id, entries[^1].Claim.Id);
        Assert.Equal(entries.Select(e => e.Claim.SaidAt).Order(), entries.Select(e => e.Claim.SaidAt));
        var blamed = entries.Single(e => e.Claim.Id == sample.UkraineBlamed);
        Assert.Equal(["Government of Ukraine", "Institute for the Study of War"], blamed.DisputedBy.Select(d => d.Actor.Name).Order());
        Assert.Equal("Dmitry Peskov", Assert.Single(blamed.SupportedBy).Actor.Name);
        Assert.Equal(1404, blamed.FirstAppearance?.QuoteStart);
        Assert.Null(entries[^1].FirstAppearance);
    }

    [Fact]
    public async Task ListTopics_WalksEveryPageOnce_InAlphabeticalOrder()
    {
        var sample = await Sample.LoadAsync(Client);
        var slugs = Enumerable.Range(0, 13).Select(i => $"topic-{i:00}").ToList();
        await Client.PutJsonAsync($"/api/claims/{sample.Staged}/topics", new ClaimTopicsRequest(slugs));

        var (items, pages) = await Client.WalkAsync<TopicResponse>("/api/topics", 5);

        Assert.Equal(3, pages);
        Assert.Equal(slugs, items.Select(t => t.Slug));
    }

    [Fact]
    public async Task SetClaimTopics_RejectsBadSlugs()
    {
        var sample = await Sample.LoadAsync(Client);

        var problem = await (await Client.PutJsonAsync($"/api/claims/{sample.Staged}/topics", new ClaimTopicsRequest(["Air Defense", ""])))
            .ReadProblemAsync(400);

        Assert.Equal(["topics[0]", "topics[1]"], problem.Errors.Keys.Order());
        Assert.Empty((await Client.GetAsync<Page<TopicResponse>>("/api/topics")).Items);
    }

    [Fact]
    public async Task SetClaimTopics_ReturnsNotFound_ForUnknownClaim() =>
        await (await Client.PutJsonAsync($"/api/claims/{Guid.NewGuid()}/topics", new ClaimTopicsRequest(["x"]))).ReadProblemAsync(404);

    [Fact]
    public async Task Timeline_ReturnsNotFound_ForUnknownTopic() =>
        await (await Client.GetAsync("/api/topics/no-such-topic/timeline")).ReadProblemAsync(404);
}

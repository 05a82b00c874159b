using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Tests.Infrastructure;
using ClaimTracker.Api.Topics;

namespace ClaimTracker.Api.Tests.Queries;

/// <summary>
/// No N+1: each query endpoint sends the same, small number of SQL commands whether its answer holds a few
/// items or many times more.
/// </summary>
public sealed class CommandCountTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const int MaxCommandsPerRequest = 6;

    [Fact]
    public async Task QueryEndpoints_SendABoundedNumberOfCommands_IndependentOfTheAnswerSize()
    {
        var sample = await Sample.LoadAsync(Client);
        var peskov = sample.Actor("Dmitry Peskov");
        var kirby = sample.Actor("John Kirby");
        var kremlin = sample.Actor("Kremlin");
        await TagAsync([sample.WashingtonDecides, sample.Staged]);
        var urls = new[]
        {
            $"/api/claims/{sample.WashingtonDecides}",
            $"/api/claims/{sample.WashingtonDecides}/disputers",
            $"/api/claims/{sample.WashingtonDecides}/disputers?byOrganization=true",
            $"/api/claims/{sample.Staged}/supporters",
            $"/api/claims/{sample.WashingtonDecides}/relations?limit=100",
            $"/api/claims/{sample.WashingtonDecides}/thread?depth=3",
            $"/api/actors/{peskov}/claims?limit=100",
            $"/api/actors/{kremlin}/claims?includeMembers=true&limit=100",
            $"/api/actors/{peskov}/opponents?limit=100",
            $"/api/actors/{peskov}/allies?limit=100",
            $"/api/actors/{peskov}/disagreements/{kirby}?limit=100",
            "/api/claims?q=washington&limit=100",
            "/api/claims?limit=100",
            "/api/claims/contested?limit=100",
            $"/api/articles/{sample.ArticleId}/claims?limit=100",
            $"/api/articles/{sample.ArticleId}/graph",
            "/api/actors?limit=100",
            "/api/articles?limit=100",
            "/api/topics?limit=100",
            "/api/topics/incident/timeline?limit=100",
        };
        var small = await CountAsync(urls);

        // Grow every answer: more disputers of Peskov's claim, more Peskov claims, more tagged claims, more topics.
        for (var i = 0; i < 6; i++)
        {
            var critic = await Given.ActorAsync($"Critic {i}", memberOfId: sample.Actor("European Union"));
            var counter = await Given.ClaimAsync(critic.Id, $"Peskov is wrong about Washington ({i})", sample.ArticleId);
            await Given.RelationAsync(counter.Id, ClaimRelationType.Disputes, sample.WashingtonDecides);
            await Given.RelationAsync(counter.Id, ClaimRelationType.Supports, sample.Staged);
            var peskovClaim = await Given.ClaimAsync(peskov, $"Peskov on Washington again ({i})");
            await Given.RelationAsync(peskovClaim.Id, ClaimRelationType.Disputes, counter.Id);
            await Given.RelationAsync(peskovClaim.Id, ClaimRelationType.Supports, sample.UkraineBlamed);
            await TagAsync([counter.Id, peskovClaim.Id], $"extra-{i}");
        }

        var large = await CountAsync(urls);

        Assert.All(urls, url =>
        {
            Assert.True(small[url] <= MaxCommandsPerRequest, $"{url} sent {small[url]} commands");
            Assert.True(small[url] == large[url], $"{url} sent {small[url]} commands for the small answer and {large[url]} for the large one");
        });
    }

    private async Task TagAsync(IEnumerable<Guid> claims, string? extra = null)
    {
        foreach (var claim in claims)
        {
            await Client.PutJsonAsync($"/api/claims/{claim}/topics", new ClaimTopicsRequest(extra is null ? ["incident"] : ["incident", extra]));
        }
    }

    private async Task<Dictionary<string, int>> CountAsync(IEnumerable<string> urls)
    {
        var counts = new Dictionary<string, int>();
        foreach (var url in urls)
        {
            Factory.Commands.Reset();
            var response = await Client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            counts[url] = Factory.Commands.Count;
        }

        return counts;
    }
}

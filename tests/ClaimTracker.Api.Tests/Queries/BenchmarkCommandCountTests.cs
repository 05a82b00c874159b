using System.Net;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Queries;

/// <summary>
/// The benchmark's deterministic figure, checked on every run: how many SQL commands each benchmarked request sends
/// (bench/driver.py's endpoints). Timing belongs to bench/run.sh and docs/performance.md; a change in these counts is
/// a change in the work each request does, and must be made on purpose, here and in docs/performance.md.
/// </summary>
public sealed class BenchmarkCommandCountTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task BenchmarkedRequests_SendTheirPinnedNumberOfCommands()
    {
        var sample = await Sample.LoadAsync(Client);
        var peskov = sample.Actor("Dmitry Peskov");
        var fresh = await Given.ClaimAsync(peskov);
        var requests = new (string Name, int Expected, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("claim", 2, () => Client.GetAsync($"/api/claims/{sample.WashingtonDecides}")),
            ("disputers", 3, () => Client.GetAsync($"/api/claims/{sample.WashingtonDecides}/disputers")),
            ("thread", 6, () => Client.GetAsync($"/api/claims/{sample.WashingtonDecides}/thread?depth=3")),
            ("actor-claims", 2, () => Client.GetAsync($"/api/actors/{peskov}/claims")),
            ("search", 2, () => Client.GetAsync("/api/claims?q=washington")),
            ("contested", 3, () => Client.GetAsync("/api/claims/contested?from=2023-01-01T00:00:00Z&to=2024-01-01T00:00:00Z")),
            ("create-claim", 3, () => Client.PostJsonAsync("/api/claims", new { actorId = peskov, text = "The bench says so", kind = "indirect" })),
            ("add-relation", 5, () => Client.PostJsonAsync($"/api/claims/{fresh.Id}/relations",
                new RelationRequest(ClaimRelationType.Disputes, sample.Staged))),
        };

        var actual = new List<string>();
        foreach (var (name, _, send) in requests)
        {
            Factory.Commands.Reset();
            using var response = await send();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{name}: {(int)response.StatusCode}");
            actual.Add($"{name} {Factory.Commands.Count}");
        }

        var expected = string.Join(", ", requests.Select(r => $"{r.Name} {r.Expected}"));
        Assert.True(expected == string.Join(", ", actual), $"expected {expected}; sent {string.Join(", ", actual)}");
    }
}

using System.Net;
using System.Net.Http.Json;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClaimTracker.Api.Tests.ScaleOut;

/// <summary>
/// The API over a primary and a streaming replica. Pausing replay on the standby freezes what the replica shows, so
/// each read tells where it was served: a write made after the pause is seen by the primary only.
/// </summary>
public sealed class ReadReplicaTests : IAsyncLifetime
{
    // A primary and standby of each test's own: one test stops the standby and another pauses its replay, and
    // sharing them made the third test of a run read a standby left behind by the others.
    private readonly ReplicatedPostgres _postgres = new();

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public Task DisposeAsync() => _postgres.DisposeAsync();

    [Fact]
    public async Task QueryEndpointsReadTheReplica_WhileSingleResourcesAndKeysReadThePrimary()
    {
        await using var api = ReplicatedPostgres.CreateApi(await _postgres.CreateDatabaseAsync());
        using var client = AdminClient(api);
        var given = new Given(client);
        var actor = await given.ActorAsync();
        await _postgres.WaitForReplayAsync();
        // Replayed is not always visible yet to a new snapshot on a busy standby: wait until the replica answers for the actor.
        await EventuallyAsync(async () => (await client.GetAsync($"/api/actors/{actor.Id}/claims")).StatusCode == HttpStatusCode.OK);
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));

        await _postgres.PauseReplayAsync();
        try
        {
            var claim = await given.ClaimAsync(actor.Id, "Said while the replica was paused");
            var reader = await (await client.PostAsJsonAsync("/api/keys", new CreateApiKeyRequest("reader-during-pause", ApiRole.Reader), Json.Options))
                .ReadAsync<CreatedApiKeyResponse>();

            // The primary answers the single resource: the caller sees its own write, with the ETag for If-Match.
            var single = await client.GetAsync($"/api/claims/{claim.Id}");
            Assert.Equal(HttpStatusCode.OK, single.StatusCode);
            Assert.NotNull(single.Headers.ETag);

            // The replica answers the queries and lists: it has not replayed the claim yet.
            Assert.Equal(0, await CountItemsAsync(client, $"/api/actors/{actor.Id}/claims"));
            Assert.Equal(0, await CountItemsAsync(client, $"/api/claims?actorId={actor.Id}"));

            // The key made during the pause is not on the replica either, yet it is accepted: keys are looked up on the primary.
            using var readerClient = api.CreateClient();
            readerClient.DefaultRequestHeaders.Add("X-API-Key", reader.Key);
            Assert.Equal(0, await CountItemsAsync(readerClient, $"/api/actors/{actor.Id}/claims"));
        }
        finally
        {
            await _postgres.ResumeReplayAsync();
        }

        await _postgres.WaitForReplayAsync();
        await EventuallyAsync(async () => await CountItemsAsync(client, $"/api/actors/{actor.Id}/claims") == 1);
        Assert.Equal(1, await CountItemsAsync(client, $"/api/claims?actorId={actor.Id}"));
    }

    [Fact]
    public async Task WhenTheReplicaIsDown_QueriesFallBackToThePrimary_AndReadinessSaysDegraded()
    {
        await using var api = ReplicatedPostgres.CreateApi(await _postgres.CreateDatabaseAsync());
        using var client = AdminClient(api);
        var given = new Given(client);
        var actor = await given.ActorAsync();
        await _postgres.WaitForReplayAsync();
        // As in the test above: replayed is not always visible at once to the replica's next read (seen failing 1 run
        // in 3 under load); wait for the replica to answer, which also pools a replica connection.
        await EventuallyAsync(async () => (await client.GetAsync($"/api/actors/{actor.Id}/claims")).StatusCode == HttpStatusCode.OK);
        Assert.Equal(0, await CountItemsAsync(client, $"/api/actors/{actor.Id}/claims"));

        await _postgres.Standby.StopServerAsync();
        try
        {
            await given.ClaimAsync(actor.Id);

            Assert.Equal(1, await CountItemsAsync(client, $"/api/actors/{actor.Id}/claims"));
            Assert.Equal(1, await CountItemsAsync(client, $"/api/claims?actorId={actor.Id}"));
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
        }
        finally
        {
            await _postgres.Standby.StartServerAsync();
        }
    }

    [Fact]
    public async Task TwoInstancesStartingTogether_MigrateAndSeedTheDatabaseOnce()
    {
        var database = await _postgres.CreateDatabaseAsync();
        await using var first = ReplicatedPostgres.CreateApi(database);
        await using var second = ReplicatedPostgres.CreateApi(database);

        // Building the host runs the start-up work: migrations, the sample data and the bootstrap key.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        using var client = AdminClient(second);
        await _postgres.WaitForReplayAsync();
        await EventuallyAsync(async () => await CountItemsAsync(client, "/api/articles") > 0);
        Assert.Equal(1, await CountItemsAsync(client, "/api/articles"));
        var keys = await client.GetFromJsonAsync<Page<ApiKeyResponse>>("/api/keys", Json.Options);
        Assert.Single(keys!.Items, k => k.Role == ApiRole.Admin);
    }

    private static HttpClient AdminClient(WebApplicationFactory<Program> api)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", ClaimTrackerApiFactory.AdminKey);
        return client;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The replica did not catch up within 30 s.");
            await Task.Delay(50);
        }
    }

    private static async Task<int> CountItemsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJsonAsync()).GetProperty("items").GetArrayLength();
    }
}

using System.Diagnostics;
using System.Net;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.ScaleOut;

/// <summary>Two API instances over one database: a key revoked on one is refused by the other at once, not after its cache expires.</summary>
public sealed class KeyRevocationTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task RevokingAKeyOnOneInstance_ReachesTheOtherInstanceBeforeItsCacheExpires()
    {
        await using var otherInstance = Factory.WithWebHostBuilder(_ => { });
        var key = await (await Client.PostJsonAsync("/api/keys", new CreateApiKeyRequest("revoked-everywhere", ApiRole.Admin)))
            .ReadAsync<CreatedApiKeyResponse>();
        using var otherClient = otherInstance.CreateClient();
        otherClient.DefaultRequestHeaders.Add("X-API-Key", key.Key);
        Assert.Equal(HttpStatusCode.OK, (await otherClient.GetAsync("/api/keys")).StatusCode); // now in the other instance's cache

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/keys/{key.Id}")).StatusCode);

        // The other instance's cache would accept the key for 30 s; the notification clears it within moments.
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await otherClient.GetAsync("/api/keys")).StatusCode;
        }
        while (status == HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(60) && await Pause());

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(50);
        return true;
    }
}

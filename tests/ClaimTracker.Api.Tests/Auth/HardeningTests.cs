using System.Net;
using System.Text;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Auth;

public sealed class HardeningTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task RateLimit_AnswersTooManyRequestsWithRetryAfter_PerClient()
    {
        await using var limited = Factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:Enabled", "true")
            .UseSetting("RateLimiting:PermitsPerMinute:Anonymous", "3"));
        using var anonymous = limited.CreateClient();
        using var admin = limited.CreateClient();
        admin.DefaultRequestHeaders.Add("X-API-Key", ClaimTrackerApiFactory.AdminKey);

        for (var i = 0; i < 3; i++)
        {
            var allowed = await anonymous.GetAsync("/api/actors");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal("3", allowed.Headers.GetValues("X-RateLimit-Limit").Single());
        }

        var rejected = await anonymous.GetAsync("/api/actors");

        await rejected.ReadProblemAsync(429);
        Assert.True(int.Parse(rejected.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("3", rejected.Headers.GetValues("X-RateLimit-Limit").Single());
        var other = await admin.GetAsync("/api/actors");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode); // another partition
        Assert.Equal("600", other.Headers.GetValues("X-RateLimit-Limit").Single());
    }

    [Fact]
    public async Task OversizeBody_IsPayloadTooLargeProblem_AndChangesNothing()
    {
        var body = "{\"title\": \"" + new string('x', 1024 * 1024) + "\"}";

        var response = await Client.PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(413);
        Assert.DoesNotContain("xxxxxxxxxx", await Client.GetStringAsync("/api/articles"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await Client.GetAsync("/api/actors");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_AllowsOnlyConfiguredOrigins()
    {
        await using var withCors = Factory.WithWebHostBuilder(b => b.UseSetting("Cors:AllowedOrigins:0", "https://newsroom.example"));
        using var client = withCors.CreateClient();

        var allowed = await client.SendAsync(Preflight("https://newsroom.example"));
        var refused = await client.SendAsync(Preflight("https://elsewhere.example"));

        Assert.Equal("https://newsroom.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/claims");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        return request;
    }
}

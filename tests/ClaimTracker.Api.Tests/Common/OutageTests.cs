using System.Diagnostics;
using System.Net;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>
/// PostgreSQL goes away and comes back: requests fail fast with 503 problems, readiness says unhealthy, and the API
/// answers again by itself. Runs on a cluster of its own, so that stopping it disturbs no other test.
/// </summary>
public sealed class OutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task WhenThePostgresStops_Requests503AndReadinessIsUnhealthy_ThenTheApiRecoversWithoutRestart()
    {
        var bin = LocalPostgresCluster.FindBinDirectory()
            ?? throw new InvalidOperationException("The outage test stops and starts its own PostgreSQL: install the server binaries (apt-get install -y postgresql).");
        await using var cluster = await LocalPostgresCluster.StartAsync(bin);
        await using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:ClaimTracker", cluster.ConnectionString.Replace("Database=postgres", "Database=outage", StringComparison.Ordinal))
            .UseSetting("Database:MigrateOnStartup", "true")
            .UseSetting("Database:SeedSampleData", "true")
            .UseSetting("Auth:BootstrapAdminKey", ClaimTrackerApiFactory.AdminKey)
            .UseSetting("RateLimiting:Enabled", "false")
            .UseSetting("Serilog:MinimumLevel:Default", "Fatal"));
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", ClaimTrackerApiFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/claims")).StatusCode);

        // Kill every server connection: the pooled ones are dead now, and the next read is retried on a fresh one.
        await using (var admin = new Npgsql.NpgsqlConnection(cluster.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new Npgsql.NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'outage' AND pid <> pg_backend_pid()", admin);
            Assert.True((long)(await kill.ExecuteScalarAsync())! > 0);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/claims")).StatusCode);

        await cluster.StopServerAsync();

        var clock = Stopwatch.StartNew();
        var read = await client.GetAsync("/api/claims");
        var readTime = clock.Elapsed;
        var problem = await read.ReadProblemAsync(503);
        // How fast the 503 comes is the connect timeout's job (Database:ConnectTimeoutSeconds); the figure is printed
        // below, not asserted: a wall-clock bound fails on a loaded machine.
        Assert.NotNull(read.Headers.RetryAfter);
        Assert.Contains("database", problem.Detail, StringComparison.OrdinalIgnoreCase);
        await (await client.PostJsonAsync("/api/articles", new ArticleRequest("During the outage", null, null, null, null, null))).ReadProblemAsync(503);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());

        await cluster.StartServerAsync();
        clock.Restart();
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/api/claims")).StatusCode;
        }
        while (status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(60) && await Delay());

        Assert.Equal(HttpStatusCode.OK, status);
        output.WriteLine($"503 after {readTime.TotalMilliseconds:0} ms with the database down; answering again {clock.Elapsed.TotalMilliseconds:0} ms after it restarted.");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.DoesNotContain("During the outage", await client.GetStringAsync("/api/articles"), StringComparison.Ordinal);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }
}

using ClaimTracker.Api.Data;
using ClaimTracker.Api.SampleData;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>The API in memory, over a real PostgreSQL database that each test resets to the sample data.</summary>
public sealed class ClaimTrackerApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The admin key the API is started with (<c>Auth:BootstrapAdminKey</c>); test clients send it by default.</summary>
    public const string AdminKey = "ct_test_admin_key_for_integration_tests_only";

    /// <summary>Counts the SQL commands the API sends; reset it before the request you measure.</summary>
    public CommandCounter Commands { get; } = new();

    /// <summary>What the API logs (Serilog picks up sinks registered as services); clear it before the request you check.</summary>
    public LogCapture Logs { get; } = new();

    internal LocalPostgresCluster? LocalCluster => _database?.LocalCluster;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.StartAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = "claimtracker_tests" }.ConnectionString;
        _ = Services; // builds the host: migrations and the sample data run now, once
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ClaimTracker", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedSampleData", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("RateLimiting:Enabled", "false"); // the rate-limit test turns it on in its own host
        builder.ConfigureTestServices(services => services
            .AddSingleton<Serilog.Core.ILogEventSink>(Logs)
            .ConfigureDbContext<ClaimTrackerDbContext>(options => options.AddInterceptors(Commands)));
    }

    /// <summary>Empties every table and loads the sample data again, so that each test starts from the same state.</summary>
    public async Task ResetDatabaseAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE imports, idempotent_requests, change_history, claim_topics, topics, claim_relations, claim_appearances, claims, actor_aliases, actors, articles RESTART IDENTITY CASCADE");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM api_keys WHERE name <> 'bootstrap-admin'");
        await SampleDataSeeder.SeedAsync(db, NullLogger.Instance);
    }

    /// <summary>A client that sends no key at all.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient();

    /// <summary>A client that sends this key.</summary>
    public HttpClient CreateClient(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollectionDefinition : ICollectionFixture<ClaimTrackerApiFactory>
{
    public const string Name = "API";
}

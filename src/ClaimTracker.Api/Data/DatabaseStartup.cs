using ClaimTracker.Api.Auth;
using ClaimTracker.Api.SampleData;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Data;

public static partial class DatabaseStartup
{
    /// <summary>Applies migrations (<c>Database:MigrateOnStartup</c>) and loads the sample data (<c>Database:SeedSampleData</c>).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrate = app.Configuration.GetValue<bool>("Database:MigrateOnStartup");
        var seed = app.Configuration.GetValue<bool>("Database:SeedSampleData");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(DatabaseStartup));

        // Several instances may start at once (docker-compose.yml runs two): one at a time migrates, seeds and checks the key.
        await using var startupLock = await StartupLock.TryAcquireAsync(db, createDatabase: migrate, mustSucceed: migrate || seed);
        if (startupLock is null)
        {
            LogNoDatabase(logger, null);
            return;
        }

        if (migrate)
        {
            await db.Database.MigrateAsync();
            LogMigrated(logger);
        }

        if (seed)
        {
            await SampleDataSeeder.SeedAsync(db, logger);
        }

        try
        {
            await AuthSetup.EnsureBootstrapAdminKeyAsync(db, app.Configuration, logger);
        }
        catch (Exception e) when (!migrate && e is Npgsql.NpgsqlException or Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException)
        {
            // Without migrations at start the API may come up before its database; it serves 503s until then.
            LogNoDatabase(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached at start; the bootstrap admin key was not checked")]
    private static partial void LogNoDatabase(ILogger logger, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations applied")]
    private static partial void LogMigrated(ILogger logger);
}

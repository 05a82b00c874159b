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
        if (migrate)
        {
            await db.Database.MigrateAsync();
            LogMigrated(logger);
        }

        if (seed)
        {
            await SampleDataSeeder.SeedAsync(db, logger);
        }

        await AuthSetup.EnsureBootstrapAdminKeyAsync(db, app.Configuration, logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations applied")]
    private static partial void LogMigrated(ILogger logger);
}

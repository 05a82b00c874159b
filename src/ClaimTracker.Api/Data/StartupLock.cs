using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ClaimTracker.Api.Data;

/// <summary>
/// A PostgreSQL advisory lock held while an instance prepares the database, so that instances starting together
/// migrate, seed and store the bootstrap key one after the other instead of racing (the seeder and the key check
/// are check-then-insert). Disposing it closes its unpooled session, which releases the lock.
/// </summary>
internal static class StartupLock
{
    /// <summary>The lock's session, or null when the database cannot be reached and <paramref name="mustSucceed"/> is false.</summary>
    public static async Task<NpgsqlConnection?> TryAcquireAsync(ClaimTrackerDbContext db, bool createDatabase, bool mustSucceed)
    {
        // A pooled connection would keep the session, and the lock, alive in the pool after disposal.
        var settings = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            if (createDatabase)
            {
                await CreateDatabaseIfMissingAsync(db);
            }

            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('claimtracker.startup'))", connection);
            await command.ExecuteNonQueryAsync();
            return connection;
        }
        catch (NpgsqlException) when (!mustSucceed)
        {
            await connection.DisposeAsync();
            return null;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // The lock lives in the database, so the database must exist first (migrations would otherwise create it).
    private static async Task CreateDatabaseIfMissingAsync(ClaimTrackerDbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync())
        {
            return;
        }

        try
        {
            await creator.CreateAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it meanwhile.
        }
    }
}

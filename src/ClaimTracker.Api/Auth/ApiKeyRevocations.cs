using ClaimTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace ClaimTracker.Api.Auth;

/// <summary>
/// Makes a revocation reach every API instance at once: revoking a key sends a PostgreSQL NOTIFY with its hash, and
/// each instance LISTENs and drops the key from its 30-second cache, instead of accepting it until the entry expires.
/// </summary>
public sealed partial class ApiKeyRevocations(IServiceScopeFactory scopes, IMemoryCache cache, ILogger<ApiKeyRevocations> logger)
    : BackgroundService
{
    private const string Channel = "claimtracker_api_key_revoked";
    private static readonly TimeSpan ReconnectAfter = TimeSpan.FromSeconds(2);

    public static async Task NotifyAsync(ClaimTrackerDbContext db, string keyHash, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {keyHash})", ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // Its own long-lived session, outside the pool; keepalives notice a connection that died silently.
            var configured = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Database.GetConnectionString();
            connectionString = new NpgsqlConnectionStringBuilder(configured) { Pooling = false, KeepAlive = 30 }.ConnectionString;
        }

        // Runs until the host stops (stoppingToken cancels it); a lost connection is made again.
        while (true)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (NpgsqlException e) when (!stoppingToken.IsCancellationRequested)
            {
                LogListenFailed(logger, e, ReconnectAfter.TotalSeconds);
            }

            await Task.Delay(ReconnectAfter, stoppingToken);
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, notification) => cache.Remove(ApiKeyAuthenticationHandler.CacheKey(notification.Payload));
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Revocations sent while this instance was not listening were missed: forget every cached key.
        (cache as MemoryCache)?.Compact(1.0);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for API key revocations; retrying in {Seconds} s")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, double seconds);
}

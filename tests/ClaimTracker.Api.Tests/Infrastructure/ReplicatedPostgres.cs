using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>
/// A primary and a streaming standby (<c>pg_basebackup -R</c>) of its own, on loopback, from the local PostgreSQL
/// binaries (a Docker container would not do: the standby must reach the primary and be paused from the test).
/// Each test takes a fresh database on it and API hosts configured with both connection strings.
/// </summary>
public sealed class ReplicatedPostgres : IAsyncLifetime
{
    private LocalPostgresCluster? _primary;
    private LocalPostgresCluster? _standby;

    internal LocalPostgresCluster Standby => _standby ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var bin = LocalPostgresCluster.FindBinDirectory() ?? throw new InvalidOperationException(
            "The read replica tests start a PostgreSQL primary and a streaming standby from the local binaries (initdb, pg_ctl, "
            + "pg_basebackup) and found none on PATH or under /usr/lib/postgresql: install them (Debian: apt-get install -y postgresql).");
        _primary = await LocalPostgresCluster.StartAsync(bin);
        _standby = await _primary.StartStandbyAsync();
    }

    /// <summary>A new empty database, already on the standby too; returns the primary's and the replica's connection strings.</summary>
    public async Task<(string Primary, string Replica)> CreateDatabaseAsync()
    {
        var name = $"replicated_{Guid.NewGuid():N}";
        await ExecuteAsync(_primary!.ConnectionString, $"CREATE DATABASE {name}");
        await WaitForReplayAsync();
        return (WithDatabase(_primary.ConnectionString, name), WithDatabase(Standby.ConnectionString, name));
    }

    /// <summary>The API over the primary, reading through the replica where its endpoints allow.</summary>
    public static WebApplicationFactory<Program> CreateApi((string Primary, string Replica) database) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:ClaimTracker", database.Primary)
            .UseSetting("ConnectionStrings:ClaimTrackerReadOnly", database.Replica)
            .UseSetting("Database:MigrateOnStartup", "true")
            .UseSetting("Database:SeedSampleData", "true")
            .UseSetting("Auth:BootstrapAdminKey", ClaimTrackerApiFactory.AdminKey)
            .UseSetting("Auth:AnonymousReads", "false") // reads need a key: an unknown key is refused, not read as anonymous
            .UseSetting("RateLimiting:Enabled", "false")
            .UseSetting("Serilog:MinimumLevel:Default", "Error"));

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    public async Task WaitForReplayAsync()
    {
        // The cluster runs with synchronous_commit=off, so the last commits may still sit in WAL buffers, unsent: a
        // synchronous commit of a transaction with an xid flushes them, and the flush position then covers them.
        string written;
        await using (var connection = await OpenAsync(_primary!.ConnectionString))
        {
            await using var flush = new NpgsqlCommand("SET synchronous_commit = on; SELECT txid_current();", connection);
            await flush.ExecuteNonQueryAsync();
            await using var position = new NpgsqlCommand("SELECT pg_current_wal_flush_lsn()::text", connection);
            written = (string)(await position.ExecuteScalarAsync())!;
        }

        await PollAsync(Standby.ConnectionString, $"SELECT pg_last_wal_replay_lsn() >= '{written}'::pg_lsn", "the standby to replay up to " + written);
    }

    /// <summary>Stops replay on the standby: it keeps serving reads, frozen at what it had replayed.</summary>
    public async Task PauseReplayAsync()
    {
        await ExecuteAsync(Standby.ConnectionString, "SELECT pg_wal_replay_pause()");
        await PollAsync(Standby.ConnectionString, "SELECT pg_get_wal_replay_pause_state() = 'paused'", "replay to pause");
    }

    public Task ResumeReplayAsync() => ExecuteAsync(Standby.ConnectionString, "SELECT pg_wal_replay_resume()");

    public async Task DisposeAsync()
    {
        if (_standby is not null)
        {
            await _standby.DisposeAsync();
        }

        if (_primary is not null)
        {
            await _primary.DisposeAsync();
        }
    }

    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    private static async Task PollAsync(string connectionString, string condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await ScalarAsync<bool>(connectionString, condition))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 30 s for {what}.");
            }

            await Task.Delay(20);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql) => await ScalarAsync<object>(connectionString, sql);

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    // Unpooled: the fallback test restarts the standby, which would leave dead connections in a pool.
    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}

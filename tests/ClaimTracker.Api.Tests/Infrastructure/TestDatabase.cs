using Testcontainers.PostgreSql;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL the tests run against: CLAIMTRACKER_TEST_DB when set (a connection string); else a Testcontainers
/// container when a Docker engine answers; else a throwaway cluster from the local PostgreSQL binaries.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "CLAIMTRACKER_TEST_DB";

    private PostgreSqlContainer? _container;

    private TestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    /// <summary>The local cluster when the tests started one; tests that stop the database need it.</summary>
    public LocalPostgresCluster? LocalCluster { get; private init; }

    public static async Task<TestDatabase> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return new TestDatabase(configured);
        }

        if (DockerEngineAnswers())
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            return new TestDatabase(container.GetConnectionString()) { _container = container };
        }

        var bin = LocalPostgresCluster.FindBinDirectory() ?? throw new InvalidOperationException(
            "The tests need PostgreSQL and found none: no CLAIMTRACKER_TEST_DB connection string, no Docker engine, and no "
            + "initdb/pg_ctl on PATH or under /usr/lib/postgresql. Install the server binaries (Debian: apt-get install -y postgresql), "
            + "start Docker, or set CLAIMTRACKER_TEST_DB.");
        var cluster = await LocalPostgresCluster.StartAsync(bin);
        return new TestDatabase(cluster.ConnectionString) { LocalCluster = cluster };
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        if (LocalCluster is not null)
        {
            await LocalCluster.DisposeAsync();
        }
    }

    private static bool DockerEngineAnswers()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host))
        {
            return true;
        }

        if (!File.Exists("/var/run/docker.sock"))
        {
            return false;
        }

        try
        {
            using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            socket.Connect(new System.Net.Sockets.UnixDomainSocketEndPoint("/var/run/docker.sock"));
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}

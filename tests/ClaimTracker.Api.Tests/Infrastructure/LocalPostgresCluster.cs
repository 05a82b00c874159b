using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ClaimTracker.Api.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl) in a temporary
/// directory, on a free port, with durability switched off for speed. As root it runs them as the postgres user,
/// since PostgreSQL refuses to run as root.
/// </summary>
internal sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly string _dataDirectory;
    private readonly bool _asPostgresUser;

    private LocalPostgresCluster(string binDirectory, string dataDirectory, int port, bool asPostgresUser)
    {
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true";

    /// <summary>The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinDirectory()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (fromPath is not null)
        {
            return fromPath;
        }

        const string debianRoot = "/usr/lib/postgresql";
        return Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    public static async Task<LocalPostgresCluster> StartAsync(string binDirectory)
    {
        var asPostgresUser = Environment.UserName == "root";
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"claimtracker-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        if (asPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", dataDirectory]);
        }

        var cluster = new LocalPostgresCluster(binDirectory, dataDirectory, FreePort(), asPostgresUser);
        var pgdata = Path.Combine(dataDirectory, "data");
        await cluster.RunPostgresToolAsync("initdb", ["-D", pgdata, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        await cluster.StartServerAsync();
        return cluster;
    }

    /// <summary>
    /// A streaming standby of this cluster: a <c>pg_basebackup -R</c> copy (standby.signal and primary_conninfo
    /// written), started on a port of its own, replaying the primary's WAL as it streams in.
    /// </summary>
    public async Task<LocalPostgresCluster> StartStandbyAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"claimtracker-pg-standby-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        if (_asPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", dataDirectory]);
        }

        var standby = new LocalPostgresCluster(_binDirectory, dataDirectory, FreePort(), _asPostgresUser);
        await standby.RunPostgresToolAsync("pg_basebackup",
            ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-D", Path.Combine(dataDirectory, "data"), "-R", "-X", "stream"]);
        await standby.StartServerAsync();
        return standby;
    }

    public Task StartServerAsync() => RunPostgresToolAsync("pg_ctl",
    [
        "-D", Path.Combine(_dataDirectory, "data"), "-l", Path.Combine(_dataDirectory, "server.log"), "-w", "-t", "60", "start",
        "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_dataDirectory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
    ]);

    public Task StopServerAsync() =>
        RunPostgresToolAsync("pg_ctl", ["-D", Path.Combine(_dataDirectory, "data"), "-m", "immediate", "-w", "stop"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the directory still goes.
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    private Task RunPostgresToolAsync(string tool, string[] arguments)
    {
        var executable = ToolPath(tool);
        return _asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments])
            : RunAsync(executable, arguments);
    }

    // PATH may hold only links to initdb and pg_ctl (as /usr/local/bin does here); the other tools sit beside their target.
    private string ToolPath(string tool)
    {
        var beside = Path.Combine(_binDirectory, tool);
        if (File.Exists(beside))
        {
            return beside;
        }

        var initdb = new FileInfo(Path.Combine(_binDirectory, "initdb")).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        var besideTarget = initdb is null ? null : Path.Combine(Path.GetDirectoryName(initdb)!, tool);
        return File.Exists(besideTarget) ? besideTarget : throw new InvalidOperationException(
            $"{tool} is not beside initdb in {_binDirectory}: install the PostgreSQL server binaries (Debian: apt-get install -y postgresql).");
    }

    private static async Task RunAsync(string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

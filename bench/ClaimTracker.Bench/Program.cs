using System.Globalization;
using Npgsql;

namespace ClaimTracker.Bench;

/// <summary>
/// <c>bench generate --connection "Host=...;Database=..." --claims 100000 [--seed 42]</c><br/>
/// <c>bench ndjson --claims 100000 [--seed 42] [--out archive.ndjson]</c> (the same archive as NDJSON for POST /api/import; stdout by default)<br/>
/// <c>bench plans --connection "Host=...;Username=postgres" [--claims 100000] [--seed 42] [--out docs/queries.md]</c><br/>
/// <c>bench capture-sql --connection "Host=...;Username=postgres" [--out bench/sql]</c> (the SQL the API sends: statements/*.sql and the pgbench scripts)<br/>
/// <c>bench raw-reference [--urls http://127.0.0.1:5087]</c> (the raw-Npgsql yardstick; ConnectionStrings__ClaimTracker from the environment)
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "raw-reference")
        {
            await RawReference.RawReferenceHost.RunAsync(args[1..]);
            return 0;
        }

        var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
        string Option(string name, string fallback) => options.GetValueOrDefault(name, fallback);
        var claims = int.Parse(Option("claims", "100000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("seed", "42"), CultureInfo.InvariantCulture);
        var connection = Option("connection", Environment.GetEnvironmentVariable("CLAIMTRACKER_BENCH_DB") ?? "");

        switch (args.FirstOrDefault())
        {
            case "generate":
                await using (var db = new NpgsqlConnection(connection))
                {
                    await db.OpenAsync();
                    await new ArchiveGenerator(claims, seed).LoadAsync(db, Console.Out);
                }

                return 0;
            case "ndjson":
                var archive = new ArchiveGenerator(claims, seed).Generate();
                await using (var file = Option("out", "-") == "-" ? Console.OpenStandardOutput() : File.Create(Option("out", "-")))
                await using (var output = new BufferedStream(file, 1 << 20))
                {
                    await NdjsonWriter.WriteAsync(archive, output);
                }

                await Console.Error.WriteLineAsync($"{archive.Actors.Count} actors, {archive.Articles.Count} articles, {archive.Claims.Count} claims, {archive.Relations.Count} relations (seed {seed})");
                return 0;
            case "plans":
                await QueryPlans.RunAsync(connection, claims, seed, Option("out", "docs/queries.md"));
                return 0;
            case "capture-sql":
                await SqlCapture.RunAsync(connection, Option("out", "bench/sql"));
                return 0;
            default:
                await Console.Error.WriteLineAsync("usage: bench generate|ndjson|plans|capture-sql|raw-reference --connection <connection string> [--claims N] [--seed S] [--out file]");
                return 2;
        }
    }
}

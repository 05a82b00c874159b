using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace ClaimTracker.Bench;

/// <summary>
/// Writes the benchmark's SQL from what the API sends: each benchmarked request is made over HTTP of an in-process API
/// on the sample data, and the commands EF Core sent are named (in order, per endpoint) and written to
/// bench/sql/statements/&lt;Name&gt;.sql, the raw reference's SQL. Each bench/sql/templates/&lt;endpoint&gt;.sql, a hand-written pgbench
/// script whose statements are placeholders, <c>{{Name arg1, arg2 | returning extra}}</c>, becomes bench/sql/&lt;endpoint&gt;.sql
/// with every placeholder replaced by the captured statement, its $n by the nth argument (a pgbench expression).
/// </summary>
internal static partial class SqlCapture
{
    // The commands each request sends, in order: bench/driver.py's endpoints and BenchmarkCommandCountTests' requests.
    private static readonly (string Endpoint, string[] Statements)[] Endpoints =
    [
        ("claim", ["ClaimVersion", "ClaimById"]),
        ("disputers", ["ClaimById", "SidesRanked", "CounterClaims"]),
        ("thread", ["ClaimExists", "ThreadLevel", "ThreadLevel", "ThreadLevel", "Summaries", "ThreadEdges"]),
        ("actor-claims", ["ActorExists", "ActorClaimsPage"]),
        ("search", ["SearchRanked", "ResponsesByIds"]),
        ("contested", ["ContestedRanked", "Summaries", "TopDisputers"]),
        ("create-claim", ["ActorExists", "InsertClaim", "ClaimById"]),
        ("add-relation", ["ClaimExists", "ClaimExists", "DuplicateRelation", "InsertRelation", "RelationById"]),
    ];

    public static async Task RunAsync(string serverConnection, string outputDirectory)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CLAIMTRACKER_API", Path.GetFullPath("src/ClaimTracker.Api"));
        const string database = "claimtracker_capture_sql";
        var connection = new NpgsqlConnectionStringBuilder(serverConnection) { Database = database, Pooling = false }.ConnectionString;
        await QueryPlans.RecreateDatabaseAsync(serverConnection, database);
        var capture = new CommandCapture();
        await using var api = new ApiHost(connection, capture);
        using var client = api.CreateClient(); // starts the host: migrations and the sample data
        client.DefaultRequestHeaders.Add("X-API-Key", ApiHost.AdminKey);

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var claim = await OneAsync(db, "SELECT id FROM claims WHERE quote LIKE 'We know that the decision on such acts%'");
        var staged = await OneAsync(db, "SELECT id FROM claims WHERE quote LIKE 'Russia probably staged%'");
        var actor = await OneAsync(db, "SELECT id FROM actors WHERE name = 'Dmitry Peskov'");
        var fresh = await client.PostAsJsonAsync("/api/claims", new { actorId = actor, text = "The capture says so", kind = "indirect" });
        var freshId = (await fresh.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var requests = new Dictionary<string, Func<Task<HttpResponseMessage>>>
        {
            ["claim"] = () => client.GetAsync($"/api/claims/{claim}"),
            ["disputers"] = () => client.GetAsync($"/api/claims/{claim}/disputers"),
            ["thread"] = () => client.GetAsync($"/api/claims/{claim}/thread?depth=3"),
            ["actor-claims"] = () => client.GetAsync($"/api/actors/{actor}/claims"),
            ["search"] = () => client.GetAsync("/api/claims?q=washington"),
            ["contested"] = () => client.GetAsync("/api/claims/contested?from=2023-01-01T00:00:00Z&to=2024-01-01T00:00:00Z"),
            ["create-claim"] = () => client.PostAsJsonAsync("/api/claims", new { actorId = actor, text = "The bench says so", kind = "indirect" }),
            ["add-relation"] = () => client.PostAsJsonAsync($"/api/claims/{freshId}/relations", new { type = "disputes", targetClaimId = staged }),
        };

        var statements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (endpoint, names) in Endpoints)
        {
            capture.Commands.Clear();
            using var response = await requests[endpoint]();
            response.EnsureSuccessStatusCode();
            if (capture.Commands.Count != names.Length)
            {
                throw new InvalidOperationException(
                    $"{endpoint} sent {capture.Commands.Count} commands, expected {names.Length} ({string.Join(", ", names)}); update SqlCapture.Endpoints:\n\n"
                    + string.Join("\n\n", capture.Commands));
            }

            foreach (var (name, sql) in names.Zip(capture.Commands))
            {
                if (statements.TryGetValue(name, out var seen) && seen != sql)
                {
                    throw new InvalidOperationException($"{name} differs between requests (now in {endpoint}):\n{seen}\n\n{sql}");
                }

                statements[name] = sql;
            }
        }

        // One file per statement, so that a change to a query reads as a diff of its SQL; stale ones go.
        var statementDirectory = Directory.CreateDirectory(Path.Combine(outputDirectory, "statements"));
        foreach (var stale in statementDirectory.GetFiles("*.sql").Where(f => !statements.ContainsKey(Path.GetFileNameWithoutExtension(f.Name))))
        {
            stale.Delete();
        }

        foreach (var (name, sql) in statements)
        {
            await File.WriteAllTextAsync(Path.Combine(statementDirectory.FullName, name + ".sql"), sql + "\n");
        }

        foreach (var (endpoint, _) in Endpoints)
        {
            var template = await File.ReadAllTextAsync(Path.Combine(outputDirectory, "templates", endpoint + ".sql"));
            var header = $"-- Generated by bench capture-sql (bench/check-sql.sh) from templates/{endpoint}.sql and the SQL the API sent; do not edit.\n";
            await File.WriteAllTextAsync(Path.Combine(outputDirectory, endpoint + ".sql"), header + Render(template, statements));
        }

        Console.WriteLine($"wrote {statements.Count} statements to {outputDirectory}/statements/ and {Endpoints.Length} pgbench scripts");
    }

    private static string Render(string template, Dictionary<string, string> statements) =>
        Placeholder().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            var sql = statements.TryGetValue(name, out var s) ? s : throw new InvalidOperationException($"no statement {name}");
            var args = m.Groups["args"].Success ? m.Groups["args"].Value.Split(", ") : [];
            sql = Positional().Replace(sql, p =>
            {
                var i = int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture);
                return i <= args.Length ? args[i - 1] : throw new InvalidOperationException($"{name} needs argument ${i}");
            });
            if (m.Groups["returning"].Success)
            {
                sql = sql.Replace("RETURNING ", "RETURNING " + m.Groups["returning"].Value + ", ", StringComparison.Ordinal);
            }

            return sql;
        });

    private static async Task<Guid> OneAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (Guid)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No row for: {sql}"));
    }

    [GeneratedRegex(@"\{\{(?<name>\w+)(?: (?<args>.+?))?(?: \| returning (?<returning>.+?))?\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Positional();
}

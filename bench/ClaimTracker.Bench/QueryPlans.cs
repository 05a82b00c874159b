using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace ClaimTracker.Bench;

/// <summary>
/// Writes docs/queries.md: each question asked over HTTP of an in-process API, on the sample data and on a generated
/// archive, with the SQL EF Core sent and the plan PostgreSQL ran it with.
/// </summary>
internal static class QueryPlans
{
    private static readonly string[] SampleTopics = ["kremlin-drone-incident-2023"];

    public static async Task RunAsync(string serverConnection, int claims, int seed, string outputPath)
    {
        // WebApplicationFactory looks for the API's content root beside this tool; point it at the API project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CLAIMTRACKER_API", Path.GetFullPath("src/ClaimTracker.Api"));
        var report = new StringBuilder();
        var sample = await CaptureAsync(serverConnection, "claimtracker_plans_sample", generateClaims: 0, seed);
        var generated = await CaptureAsync(serverConnection, "claimtracker_plans_generated", claims, seed);

        report.AppendLine("# Query plans").AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"""
            Each question of the query layer, asked over HTTP of the API (in process, Release build not required), with every SQL
            command EF Core sent for it and the plan PostgreSQL ran it with (`EXPLAIN (ANALYZE, BUFFERS)` of the same text and
            parameters). Two data sets: the sample article (19 claims), and a generated archive ({generated.Summary}). Each
            question is asked of its worst case: the most disputed claim, the most prolific actor and pair of opponents, the
            organisation with most members, the article with most claims, the biggest topic. Regenerate this file with:

                bench/query-plans.sh            # or: bench/query-plans.sh 1000000

            PostgreSQL {generated.ServerVersion}, default settings, on the development machine (2 cores). Timings are single cold-ish
            runs: read them for the shape of the plan (index scans, no sequential scan of a large table, small row counts),
            not as a benchmark.
            """).AppendLine();

        report.AppendLine("| Question | SQL commands | Database time, sample | Database time, generated |").AppendLine("|---|---|---|---|");
        foreach (var (title, route, _) in Questions.All)
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {title} | {generated.Answers[route].Commands.Count} | {sample.Answers[route].DatabaseMs:0.0} ms | {generated.Answers[route].DatabaseMs:0.0} ms |");
        }

        report.AppendLine().AppendLine("Database time is the sum of `Execution Time` of the request's commands under EXPLAIN ANALYZE.").AppendLine();

        foreach (var (title, route, why) in Questions.All)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"`GET {route}`").AppendLine();
            report.AppendLine(why).AppendLine();
            foreach (var (label, data) in new[] { ("sample data", sample), ($"{claims:N0} generated claims", generated) })
            {
                var captured = data.Answers[route];
                report.AppendLine(CultureInfo.InvariantCulture, $"<details><summary>{label}: {captured.Commands.Count} SQL commands, {captured.Status}, {captured.Bytes:N0} bytes of JSON</summary>").AppendLine();
                foreach (var (sql, plan) in captured.Commands)
                {
                    report.AppendLine("```sql").AppendLine(sql).AppendLine("```").AppendLine("```").AppendLine(plan).AppendLine("```").AppendLine();
                }

                report.AppendLine("</details>").AppendLine();
            }
        }

        await File.WriteAllTextAsync(outputPath, report.ToString());
        Console.WriteLine($"wrote {outputPath}");
    }

    private static async Task<DataSet> CaptureAsync(string serverConnection, string database, int generateClaims, int seed)
    {
        var connection = new NpgsqlConnectionStringBuilder(serverConnection) { Database = database, Pooling = false }.ConnectionString;
        await RecreateDatabaseAsync(serverConnection, database);
        var interceptor = new ExplainingInterceptor(connection);
        await using var api = new ApiHost(connection, interceptor);
        using var client = api.CreateClient(); // starts the host: migrations and the sample data
        client.DefaultRequestHeaders.Add("X-API-Key", ApiHost.AdminKey);

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var summary = "";
        if (generateClaims > 0)
        {
            var log = new StringWriter(CultureInfo.InvariantCulture);
            await new ArchiveGenerator(generateClaims, seed).LoadAsync(db, log);
            summary = log.ToString().Trim();
            Console.WriteLine(summary);
        }
        else
        {
            await TagSampleAsync(client, db);
        }

        var ids = await PickAsync(db);
        var answers = new Dictionary<string, Answer>();
        foreach (var (_, route, _) in Questions.All)
        {
            var url = ids.Aggregate(route, (u, id) => u.Replace(id.Key, id.Value, StringComparison.Ordinal));
            await client.GetAsync(url); // warm the plan cache and the buffers
            interceptor.Captured.Clear();
            interceptor.Capturing = true;
            var response = await client.GetAsync(url);
            interceptor.Capturing = false;
            var body = await response.Content.ReadAsByteArrayAsync();
            answers[route] = new Answer([.. interceptor.Captured], $"HTTP {(int)response.StatusCode}", body.Length);
        }

        await using var version = new NpgsqlCommand("SHOW server_version", db);
        return new DataSet(answers, summary, (string)(await version.ExecuteScalarAsync())!);
    }

    private static async Task TagSampleAsync(HttpClient client, NpgsqlConnection db)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM claims ORDER BY id LIMIT 5", db);
        var claims = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                claims.Add(reader.GetGuid(0));
            }
        }

        foreach (var claim in claims)
        {
            (await client.PutAsJsonAsync($"/api/claims/{claim}/topics", new { topics = SampleTopics })).EnsureSuccessStatusCode();
        }
    }

    private static async Task<Dictionary<string, string>> PickAsync(NpgsqlConnection db)
    {
        async Task<string> One(string sql)
        {
            await using var command = new NpgsqlCommand(sql, db);
            return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)
                ?? throw new InvalidOperationException($"No row for: {sql}");
        }

        var pair = await One("""
            SELECT s.actor_id || ' ' || t.actor_id FROM claim_relations r
              JOIN claims s ON s.id = r.source_claim_id JOIN claims t ON t.id = r.target_claim_id
             WHERE r.type = 'disputes' AND s.actor_id <> t.actor_id GROUP BY s.actor_id, t.actor_id ORDER BY count(*) DESC LIMIT 1
            """);
        return new Dictionary<string, string>
        {
            ["{claim}"] = await One("SELECT target_claim_id FROM claim_relations WHERE type = 'disputes' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"),
            ["{organization}"] = await One("SELECT member_of_id FROM actors WHERE member_of_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"),
            ["{other}"] = pair.Split(' ')[1],
            ["{actor}"] = pair.Split(' ')[0],
            ["{article}"] = await One("SELECT article_id FROM claim_appearances GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"),
            ["{topic}"] = await One("SELECT t.slug FROM topics t JOIN claim_topics ct ON ct.topic_id = t.id GROUP BY t.slug ORDER BY count(*) DESC, 1 LIMIT 1"),
        };
    }

    internal static async Task RecreateDatabaseAsync(string serverConnection, string database)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnection) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private sealed record Answer(List<(string Sql, string Plan)> Commands, string Status, int Bytes)
    {
        public double DatabaseMs => Commands.Sum(c => c.Plan.Split('\n')
            .Where(line => line.StartsWith("Execution Time: ", StringComparison.Ordinal))
            .Sum(line => double.Parse(line["Execution Time: ".Length..].Replace(" ms", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)));
    }

    private sealed record DataSet(Dictionary<string, Answer> Answers, string Summary, string ServerVersion);
}

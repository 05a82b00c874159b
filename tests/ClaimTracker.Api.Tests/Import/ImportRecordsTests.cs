using System.Text.Json;
using ClaimTracker.Api.Tests.Infrastructure;
using Npgsql;

namespace ClaimTracker.Api.Tests.Import;

/// <summary>Every import ends as imported, rejected or failed in <c>GET /api/imports</c>, even when its process dies.</summary>
public sealed class ImportRecordsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string Article = """{"type":"article","key":"a1","title":"Dam report","url":"https://news.example/dam","body":"He said: the dam holds."}""";

    [Fact]
    public async Task RejectedImport_KeepsTheProblemThePostAnswered()
    {
        var response = await Client.ImportAsync(Article, """{"type":"actor","key":"p1","name":"","kind":"person"}""");

        var answer = await response.ReadProblemAsync(400);
        var id = ((JsonElement)answer.Extensions["importId"]!).GetGuid();
        var status = await Client.GetAsync<JsonElement>($"/api/imports/{id}");
        Assert.Equal("rejected", status.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, status.GetProperty("finishedAt").ValueKind);
        var problem = status.GetProperty("problem");
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(answer.Title, problem.GetProperty("title").GetString());
        Assert.Equal(answer.Detail, problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal("name", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task ImportThatFailsWhileWriting_IsListedAsFailedWithTheProblemThePostAnswered()
    {
        // Hold the articles table so the import waits in its write phase, then end its database session under it.
        await using var blocker = new NpgsqlConnection(Factory.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await Execute(blocker, "LOCK TABLE articles IN ACCESS EXCLUSIVE MODE");
        var import = Client.ImportAsync(Article);
        var pid = await WaitForBlockedImportAsync(blocker);
        await Execute(blocker, $"SELECT pg_terminate_backend({pid})");
        await transaction.RollbackAsync();

        var answer = await (await import).ReadProblemAsync(503);

        var imports = await Client.GetAsync<JsonElement>("/api/imports");
        var failed = Assert.Single(imports.EnumerateArray());
        Assert.Equal("failed", failed.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, failed.GetProperty("finishedAt").ValueKind);
        Assert.Equal(1, failed.GetProperty("linesRead").GetInt32());
        var problem = failed.GetProperty("problem");
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal(answer.Title, problem.GetProperty("title").GetString());
        Assert.Equal(answer.Detail, problem.GetProperty("detail").GetString());
        Assert.Empty(await Factory.RowsAsync("SELECT title FROM articles WHERE title = 'Dam report'"));
    }

    [Fact]
    public async Task OnStart_AnInstanceMarksItsOwnUnfinishedImportsFailed_AndLeavesOthersAlone()
    {
        var mine = Guid.NewGuid();
        var others = Guid.NewGuid();
        await Factory.SqlAsync($"""
            INSERT INTO imports (id, instance_id, key_name, state, lines_read, started_at) VALUES
              ('{mine}', 'restart-test', 'bootstrap-admin', 'writing', 1000, now() - interval '1 hour'),
              ('{others}', 'still-running-elsewhere', 'bootstrap-admin', 'reading', 10, now() - interval '1 minute')
            """);

        await using var restarted = Factory.WithWebHostBuilder(b => b.UseSetting("Import:InstanceId", "restart-test"));
        using var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", ClaimTrackerApiFactory.AdminKey);

        var status = await client.GetAsync<JsonElement>($"/api/imports/{mine}");
        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, status.GetProperty("finishedAt").ValueKind);
        Assert.Equal("Import interrupted", status.GetProperty("problem").GetProperty("title").GetString());
        Assert.Equal(1000, status.GetProperty("linesRead").GetInt32());
        var other = await client.GetAsync<JsonElement>($"/api/imports/{others}");
        Assert.Equal("reading", other.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("finishedAt").ValueKind);
    }

    private static async Task<int> WaitForBlockedImportAsync(NpgsqlConnection connection)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await using var command = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pg_backend_pid() = ANY(pg_blocking_pids(pid))", connection);
            if (await command.ExecuteScalarAsync() is int pid)
            {
                return pid;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The import never waited for the articles lock.");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

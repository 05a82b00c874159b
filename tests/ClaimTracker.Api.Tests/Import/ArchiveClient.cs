using System.Net.Http.Headers;
using System.Text;
using ClaimTracker.Api.Tests.Infrastructure;
using Npgsql;

namespace ClaimTracker.Api.Tests.Import;

/// <summary>Import and export over HTTP, and the SQL views of the database that the tests compare.</summary>
internal static class ArchiveClient
{
    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, params string[] lines) =>
        client.ImportTextAsync(string.Join('\n', lines) + "\n");

    public static Task<HttpResponseMessage> ImportTextAsync(this HttpClient client, string ndjson)
    {
        var content = new StringContent(ndjson, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return client.PostAsync("/api/import", content);
    }

    public static async Task<string> ExportAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/export" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Export failed with {(int)response.StatusCode}: {body}");
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    /// <summary>Every table of archive data emptied: an empty database as far as import and export go.</summary>
    public static Task EmptyAsync(this ClaimTrackerApiFactory factory) => factory.SqlAsync(
        "TRUNCATE idempotent_requests, change_history, claim_topics, topics, claim_relations, claim_appearances, claims, actor_aliases, actors, articles CASCADE");

    public static async Task SqlAsync(this ClaimTrackerApiFactory factory, string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The query's rows, each as one tab-separated line, in the order the query gives.</summary>
    public static async Task<List<string>> RowsAsync(this ClaimTrackerApiFactory factory, string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('\t', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    /// <summary>The columns of claims that triggers keep; an import must leave them as normal writes would.</summary>
    public const string DerivedColumns =
        "SELECT id, said_at, first_article_id, dispute_count, support_count, disputing_actor_count, search_vector::text FROM claims ORDER BY id";
}

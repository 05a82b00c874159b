using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace ClaimTracker.Bench.RawReference;

internal sealed class RawEndpoints(NpgsqlDataSource dataSource)
{
    private const int PageLimit = 20;
    private const int MaxThreadNodes = 500;

    public Task ClaimAsync(Guid id, HttpContext http) => RespondAsync(http, async (db, json) =>
    {
        await using (var version = Command(db, Sql.ClaimVersion, id))
        {
            if (await version.ExecuteScalarAsync(http.RequestAborted) is not uint etag)
            {
                return 404;
            }

            http.Response.Headers.ETag = $"\"{etag}\"";
        }

        await WriteRowsAsync(json, "claim", Command(db, Sql.ClaimById, id), http.RequestAborted);
        return 200;
    });

    public Task DisputersAsync(Guid id, HttpContext http) => RespondAsync(http, async (db, json) =>
    {
        await WriteRowsAsync(json, "claim", Command(db, Sql.ClaimById, id), http.RequestAborted);
        var sides = await WriteRowsAsync(json, "sides", Command(db, Sql.SidesRanked, id, "disputes", PageLimit + 1), http.RequestAborted);
        await WriteRowsAsync(json, "counterClaims", Command(db, Sql.CounterClaims, id, "disputes", sides.Take(PageLimit).ToArray()), http.RequestAborted);
        return 200;
    });

    public Task ThreadAsync(Guid id, int? depth, HttpContext http) => RespondAsync(http, async (db, json) =>
    {
        await using (var exists = Command(db, Sql.ClaimExists, id))
        {
            if (await exists.ExecuteScalarAsync(http.RequestAborted) is not true)
            {
                return 404;
            }
        }

        var depths = new Dictionary<Guid, int> { [id] = 0 };
        List<Guid> frontier = [id];
        var truncated = false;
        for (var level = 1; level <= (depth ?? 3) && frontier.Count > 0 && !truncated; level++)
        {
            var next = new HashSet<Guid>();
            await using (var command = Command(db, Sql.ThreadLevel, frontier.ToArray()))
            await using (var reader = await command.ExecuteReaderAsync(http.RequestAborted))
            {
                while (await reader.ReadAsync(http.RequestAborted))
                {
                    next.Add(reader.GetGuid(0));
                    next.Add(reader.GetGuid(1));
                }
            }

            frontier = [.. next.Where(claim => !depths.ContainsKey(claim)).Order()];
            var room = MaxThreadNodes - depths.Count;
            foreach (var claim in frontier.Take(room))
            {
                depths[claim] = level;
            }

            truncated = frontier.Count > room;
        }

        var ids = depths.Keys.ToArray();
        await WriteRowsAsync(json, "nodes", Command(db, Sql.Summaries, ids), http.RequestAborted);
        await WriteRowsAsync(json, "edges", Command(db, Sql.ThreadEdges, ids), http.RequestAborted);
        json.WriteBoolean("truncated", truncated);
        return 200;
    });

    public Task ActorClaimsAsync(Guid id, HttpContext http) => RespondAsync(http, async (db, json) =>
    {
        await using (var exists = Command(db, Sql.ActorExists, id))
        {
            if (await exists.ExecuteScalarAsync(http.RequestAborted) is not true)
            {
                return 404;
            }
        }

        await WriteRowsAsync(json, "items", Command(db, Sql.ActorClaimsPage, new[] { id }, PageLimit + 1), http.RequestAborted);
        return 200;
    });

    public Task SearchAsync(string q, HttpContext http) => RespondAsync(http, async (db, json) =>
    {
        var ids = await ReadIdsAsync(Command(db, Sql.SearchRanked, q, PageLimit + 1), http.RequestAborted);
        await WriteRowsAsync(json, "items", Command(db, Sql.ResponsesByIds, ids.Take(PageLimit).ToArray()), http.RequestAborted);
        return 200;
    });

    public Task ContestedAsync(DateOnly from, DateOnly to, HttpContext http) => RespondAsync(http, async (db, json) =>
    {
        var start = new DateTime(from, TimeOnly.MinValue, DateTimeKind.Utc);
        var end = new DateTime(to.AddDays(1), TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = (await ReadIdsAsync(Command(db, Sql.ContestedRanked, start, end, PageLimit + 1), http.RequestAborted)).Take(PageLimit).ToArray();
        await WriteRowsAsync(json, "items", Command(db, Sql.Summaries, ids), http.RequestAborted);
        await WriteRowsAsync(json, "disputers", Command(db, Sql.TopDisputers, ids), http.RequestAborted);
        return 200;
    });

    public Task CreateClaimAsync(NewClaim request, HttpContext http) => RespondAsync(http, async (db, json) =>
    {
        await SetKeyNameAsync(db, http.RequestAborted);
        await using (var exists = Command(db, Sql.ActorExists, request.ActorId))
        {
            if (await exists.ExecuteScalarAsync(http.RequestAborted) is not true)
            {
                return 422;
            }
        }

        var id = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        await using (var insert = Command(db, Sql.InsertClaim, id, request.ActorId, now, DBNull.Value, request.Kind, DBNull.Value, DBNull.Value, request.Text, now))
        {
            await insert.ExecuteNonQueryAsync(http.RequestAborted);
        }

        http.Response.Headers.Location = $"/api/claims/{id}";
        await WriteRowsAsync(json, "claim", Command(db, Sql.ClaimById, id), http.RequestAborted);
        return 201;
    });

    public Task AddRelationAsync(Guid id, NewRelation request, HttpContext http) => RespondAsync(http, async (db, json) =>
    {
        await SetKeyNameAsync(db, http.RequestAborted);
        foreach (var (sql, claim) in new[] { (Sql.ClaimExists, id), (Sql.ClaimExists, request.TargetClaimId) })
        {
            await using var exists = Command(db, sql, claim);
            if (await exists.ExecuteScalarAsync(http.RequestAborted) is not true)
            {
                return 404;
            }
        }

        await using (var duplicate = Command(db, Sql.DuplicateRelation, id, request.Type, request.TargetClaimId))
        {
            if (await duplicate.ExecuteScalarAsync(http.RequestAborted) is Guid)
            {
                return 409;
            }
        }

        var relationId = Guid.CreateVersion7();
        await using (var insert = Command(db, Sql.InsertRelation, relationId, DateTime.UtcNow, id, request.TargetClaimId, request.Type))
        {
            await insert.ExecuteNonQueryAsync(http.RequestAborted);
        }

        await WriteRowsAsync(json, "relation", Command(db, Sql.RelationById, relationId), http.RequestAborted);
        return 201;
    });

    private async Task RespondAsync(HttpContext http, Func<NpgsqlConnection, Utf8JsonWriter, Task<int>> handle)
    {
        // Buffered like the API's JSON results, so that a 404 found half-way is still a clean answer.
        var buffer = new MemoryStream();
        int status;
        await using (var db = await dataSource.OpenConnectionAsync(http.RequestAborted))
        await using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            status = await handle(db, json);
            json.WriteEndObject();
        }

        http.Response.StatusCode = status;
        if (status is 200 or 201)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = buffer.Length;
            await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted);
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection db, string sql, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, db);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static async Task SetKeyNameAsync(NpgsqlConnection db, CancellationToken ct)
    {
        await using var command = Command(db, "SELECT set_config('claimtracker.key_name', $1, false)", "bench");
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<Guid>> ReadIdsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            var ids = new List<Guid>();
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }

            return ids;
        }
    }

    /// <summary>Writes the rows as an array of objects (column name: value) and returns the first column's ids.</summary>
    private static async Task<List<Guid>> WriteRowsAsync(Utf8JsonWriter json, string name, NpgsqlCommand command, CancellationToken ct)
    {
        var firstColumn = new List<Guid>();
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            json.WriteStartArray(name);
            while (await reader.ReadAsync(ct))
            {
                json.WriteStartObject();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    json.WritePropertyName(reader.GetName(i));
                    if (await reader.IsDBNullAsync(i, ct))
                    {
                        json.WriteNullValue();
                        continue;
                    }

                    switch (reader.GetValue(i))
                    {
                        case Guid g:
                            json.WriteStringValue(g);
                            if (i == 0)
                            {
                                firstColumn.Add(g);
                            }

                            break;
                        case string s: json.WriteStringValue(s); break;
                        case DateTime d: json.WriteStringValue(new DateTimeOffset(d)); break;
                        case bool b: json.WriteBooleanValue(b); break;
                        case int n: json.WriteNumberValue(n); break;
                        case long n: json.WriteNumberValue(n); break;
                        case uint n: json.WriteNumberValue(n); break;
                        case float f: json.WriteNumberValue(f); break;
                        case double f: json.WriteNumberValue(f); break;
                        case var other: json.WriteStringValue(other.ToString()); break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return firstColumn;
    }
}

internal sealed record NewClaim(Guid ActorId, string Text, string Kind);

internal sealed record NewRelation(Guid TargetClaimId, string Type);

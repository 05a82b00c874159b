using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Tests.Infrastructure;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>
/// Property: whatever body a client sends to any POST/PUT/PATCH operation of the OpenAPI document (random and
/// malformed JSON, wrong types, huge strings and numbers, invalid UTF-8, deep nesting, unknown fields, boundary
/// values), the answer is a 2xx or a 4xx problem, never a 5xx; and the database holds only what the 2xx created.
/// </summary>
public sealed partial class FuzzTests(ClaimTrackerApiFactory factory, ITestOutputHelper output) : ApiTest(factory)
{
    private const int Requests = 10_000;
    private const ulong Seed = 20261202;

    [Fact]
    public async Task GeneratedRequests_NeverGet5xx_AndLeaveOnlyWhatSucceeded()
    {
        var operations = await OperationsAsync();
        var ids = await ExistingIdsAsync();
        var before = await CountRowsAsync();
        var created = new Dictionary<string, int>();
        var statuses = new Dictionary<int, int>();

        var requests = Gen.Int[0, operations.Count - 1].SelectMany(i => Body(operations[i].Properties, ids).Select(body => (Operation: i, Body: body)));
        // Seeded: every run sends the same 10,000 requests, so a failure names a request that fails again.
        var pcg = new PCG(1, Seed);
        var pathIds = new Random((int)Seed);
        for (var n = 0; n < Requests; n++)
        {
            var request = requests.Generate(pcg, null!, out _);
            var (method, template, _) = operations[request.Operation];
            var path = PathParameter().Replace(template, _ => ids[pathIds.Next(ids.Length)]);
            var content = new ByteArrayContent(request.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue(method == "PATCH" ? "application/merge-patch+json" : "application/json");
            using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content });
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"{method} {path} answered {status} to: {Encoding.UTF8.GetString(request.Body[..Math.Min(request.Body.Length, 300)])}");
            if (status >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }

            if (status == 201)
            {
                created[template] = created.GetValueOrDefault(template) + 1;
            }
        }

        var after = await CountRowsAsync();
        output.WriteLine($"{Requests} requests over {operations.Count} operations: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.Equal(before.Articles + created.GetValueOrDefault("/api/articles"), after.Articles);
        Assert.Equal(before.Actors + created.GetValueOrDefault("/api/actors"), after.Actors);
        Assert.Equal(before.Claims + created.GetValueOrDefault("/api/claims"), after.Claims);
        Assert.Equal(before.Relations + created.GetValueOrDefault("/api/claims/{id}/relations"), after.Relations);
        Assert.DoesNotContain(statuses.Keys, s => s >= 500);
    }

    private static Gen<byte[]> Body(Property[] properties, string[] ids) => Gen.Frequency(
        (4, Typed(properties, ids).Select(o => Encoding.UTF8.GetBytes(o.ToJsonString()))),
        (4, Object(properties, ids).Select(o => Encoding.UTF8.GetBytes(o.ToJsonString()))),
        (2, AnyJson.Select(n => Encoding.UTF8.GetBytes(n?.ToJsonString() ?? "null"))),
        (1, Object(properties, ids).Select(Gen.Int[0, 100], (o, cut) => Encoding.UTF8.GetBytes(o.ToJsonString()[..Math.Min(cut, o.ToJsonString().Length)]))),
        (1, Gen.Byte.Array[0, 64].Select(bytes => (byte[])[.. "{\"name\":\""u8.ToArray(), .. bytes, .. "\"}"u8.ToArray()])),
        (1, Gen.Int[20, 400].Select(depth => Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)))),
        (1, Gen.Int[1_000, 1_100_000].Select(n => Encoding.UTF8.GetBytes($"{{\"{properties.FirstOrDefault()?.Name ?? "text"}\":\"{new string('x', n)}\"}}"))));

    /// <summary>Bodies whose every field has the type its schema declares: many are valid, so writes do happen.</summary>
    private static Gen<JsonObject> Typed(Property[] properties, string[] ids) =>
        Gen.Select(Gen.Int[0, ids.Length - 3].Array[properties.Length], Gen.String[Gen.Char.AlphaNumeric, 1, 20].Array[properties.Length],
            Gen.Int[0, 40].Array[properties.Length], Gen.Bool.Array[properties.Length], (idIndex, text, number, flag) =>
            {
                var json = new JsonObject();
                for (var i = 0; i < properties.Length; i++)
                {
                    var p = properties[i];
                    json[p.Name] = p switch
                    {
                        { Enum.Length: > 0 } => JsonValue.Create(p.Enum[number[i] % p.Enum.Length]),
                        { Format: "uuid" } => JsonValue.Create(ids[idIndex[i]]),
                        { Format: "date-time" } => JsonValue.Create("2024-0" + (1 + (number[i] % 9)) + "-01"),
                        { Type: "integer" } => null,
                        { Type: "boolean" } => JsonValue.Create(flag[i]),
                        { Type: "array" } => new JsonArray(JsonValue.Create(text[i].ToLowerInvariant())),
                        _ => JsonValue.Create(p.Name is "url" ? $"https://example.org/{text[i]}" : p.Name is "language" ? "en" : p.Name is "wikidataId" ? null : text[i]),
                    };
                }

                return json;
            });

    private sealed record Property(string Name, string? Type, string? Format, string[] Enum);

    private static Gen<JsonObject> Object(Property[] properties, string[] ids) =>
        Gen.Select(
            Gen.Bool.Array[properties.Length],
            Value(ids).Array[properties.Length],
            Gen.String[Gen.Char.AlphaNumeric, 1, 8].Array[0, 2],
            (include, values, junk) =>
            {
                var json = new JsonObject();
                for (var i = 0; i < properties.Length; i++)
                {
                    if (include[i] || i % 3 == 0)
                    {
                        json[properties[i].Name] = values[i]?.DeepClone();
                    }
                }

                foreach (var key in junk)
                {
                    json["x" + key] = 1;
                }

                return json;
            });

    private static Gen<JsonNode?> Value(string[] ids) => Gen.Frequency<JsonNode?>(
        (4, Gen.Int[0, ids.Length - 1].Select(i => (JsonNode?)JsonValue.Create(ids[i]))),
        (3, Gen.OneOf<string>("person", "organization", "direct", "indirect", "disputes", "supports", "reader", "editor", "PERSON", "alien", "", " ")
            .Select(s => (JsonNode?)JsonValue.Create(s))),
        (2, Gen.String.Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.OneOf<string>("2023-05-04", "2023-05-04T10:00:00+02:00", "0001-01-01", "9999-12-31T23:59:59Z", "yesterday", "https://example.org/x", "Q7747", "a-b-c")
            .Select(s => (JsonNode?)JsonValue.Create(s))),
        (2, Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i))),
        (1, Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l))),
        (1, Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : JsonValue.Create(1e308))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const<JsonNode?>((JsonNode?)null)),
        (1, Gen.String[Gen.Char.AlphaNumeric, 0, 12].Array[0, 4].Select(a => (JsonNode?)new JsonArray([.. a.Select(s => (JsonNode?)JsonValue.Create(s))]))),
        (1, AnyJson));

    private static readonly Gen<JsonNode?> AnyJson = Gen.Recursive<JsonNode?>((depth, node) => depth >= 4
        ? Gen.OneOf<JsonNode?>(Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)), Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)), Gen.Const<JsonNode?>((JsonNode?)null))
        : Gen.OneOf<JsonNode?>(
            Gen.Dictionary(Gen.String[Gen.Char.AlphaNumeric, 1, 6], node)[0, 4].Select(d => (JsonNode?)new JsonObject(d)),
            node.Array[0, 4].Select(a => (JsonNode?)new JsonArray(a)),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.String.Select(s => (JsonNode?)JsonValue.Create(s))));

    private async Task<List<(string Method, string Path, Property[] Properties)>> OperationsAsync()
    {
        var json = await (await Client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
        var schemas = json.GetProperty("components").GetProperty("schemas");
        var operations = new List<(string, string, Property[])>();
        foreach (var path in json.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "patch"))
            {
                var properties = op.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema").TryGetProperty("$ref", out var reference)
                    && schemas.GetProperty(reference.GetString()!.Split('/')[^1]).TryGetProperty("properties", out var props)
                        ? props.EnumerateObject().Select(p => Describe(p.Name, p.Value, schemas)).ToArray()
                        : [];
                operations.Add((op.Name.ToUpperInvariant(), path.Name, properties));
            }
        }

        return operations;
    }

    private static Property Describe(string name, System.Text.Json.JsonElement schema, System.Text.Json.JsonElement schemas)
    {
        string? Text(System.Text.Json.JsonElement e, string key) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
        var resolved = schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;
        var values = resolved.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(v => v.GetString()!).ToArray() : [];
        var type = resolved.TryGetProperty("type", out var t) ? (t.ValueKind == System.Text.Json.JsonValueKind.Array ? t[0].GetString() : t.GetString()) : null;
        return new Property(name, type, Text(resolved, "format"), values);
    }

    private async Task<string[]> ExistingIdsAsync()
    {
        var sample = await Sample.LoadAsync(Client);
        return [sample.WashingtonDecides.ToString(), sample.Staged.ToString(), sample.ArticleId.ToString(), sample.Actor("John Kirby").ToString(),
            sample.Actor("Kremlin").ToString(), Guid.NewGuid().ToString(), "not-a-guid"];
    }

    private async Task<(int Articles, int Actors, int Claims, int Relations)> CountRowsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        return (await db.Articles.CountAsync(), await db.Actors.CountAsync(), await db.Claims.CountAsync(), await db.ClaimRelations.CountAsync());
    }

    [GeneratedRegex("{[^}]+}")]
    private static partial Regex PathParameter();
}

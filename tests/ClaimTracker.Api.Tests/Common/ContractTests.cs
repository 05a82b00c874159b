using System.Text.Json;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>The JSON shapes frontends rely on, read as raw JSON rather than through our own types.</summary>
public sealed class ContractTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Claim_IsCamelCaseWithEnumsAsStrings()
    {
        var claims = await Client.GetAsync<Page<ClaimResponse>>("/api/claims?evidenceProvided=false");

        var json = await (await Client.GetAsync($"/api/claims/{claims.Items[0].Id}")).ReadJsonAsync();

        Assert.Equal("direct", json.GetProperty("kind").GetString());
        Assert.False(json.GetProperty("evidenceProvided").GetBoolean());
        Assert.Equal(456, json.GetProperty("quoteStart").GetInt32());
        Assert.Equal(597, json.GetProperty("quoteEnd").GetInt32());
        var actor = json.GetProperty("actor");
        Assert.Equal(["id", "kind", "name"], actor.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("person", actor.GetProperty("kind").GetString());
        var article = json.GetProperty("article");
        Assert.Equal(["id", "outlet", "publishedAt", "title", "url"], article.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("appearances").ValueKind);
    }

    [Fact]
    public async Task List_HasItemsAndNextCursor()
    {
        var json = await (await Client.GetAsync("/api/actors?limit=2")).ReadJsonAsync();

        Assert.Equal(["items", "nextCursor"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, json.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.String, json.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Disputers_HasClaimAndItemsWithActorAndCounterClaims()
    {
        var claim = (await Client.GetAsync<Page<ClaimResponse>>("/api/claims?evidenceProvided=false")).Items[0];

        var json = await (await Client.GetAsync($"/api/claims/{claim.Id}/disputers")).ReadJsonAsync();

        Assert.Equal(claim.Id, json.GetProperty("claim").GetProperty("id").GetGuid());
        var item = json.GetProperty("items")[0];
        Assert.Equal("John Kirby", item.GetProperty("actor").GetProperty("name").GetString());
        var counter = item.GetProperty("counterClaims")[0];
        Assert.Equal(["article", "id", "kind", "quote", "relationId", "text"], counter.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Health_LiveAndReadyAnswer()
    {
        Assert.Equal("Healthy", await Client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await Client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Swagger_DocumentsEveryOperationWithAnIdAndSummary()
    {
        var json = await (await Client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        var operations = json.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Op: op.Value)))
            .ToList();
        Assert.True(operations.Count >= 25, $"Only {operations.Count} operations documented.");
        Assert.All(operations, o =>
        {
            Assert.True(o.Op.TryGetProperty("operationId", out _), $"{o.Method} {o.Path} has no operationId");
            Assert.True(o.Op.TryGetProperty("summary", out _), $"{o.Method} {o.Path} has no summary");
        });
        var kinds = json.GetProperty("components").GetProperty("schemas").GetProperty("ActorKind").GetProperty("enum");
        Assert.Equal(["person", "organization", "government", "media", "other"], kinds.EnumerateArray().Select(k => k.GetString()));
    }
}

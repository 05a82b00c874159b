using System.Net;
using System.Text;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Api.Tests.Auth;

public sealed class AuthTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task EveryWriteEndpoint_RefusesNoKeyARevokedKeyAndAReaderKey()
    {
        var reader = await CreateKeyAsync("reader", ApiRole.Reader);
        var revoked = await CreateKeyAsync("revoked", ApiRole.Admin);
        await Client.DeleteAsync($"/api/keys/{revoked.Id}");
        var writes = await WriteOperationsAsync();
        using var anonymous = Factory.CreateAnonymousClient();
        using var readerClient = Factory.CreateClient(reader.Key);
        using var revokedClient = Factory.CreateClient(revoked.Key);

        foreach (var (method, path) in writes)
        {
            await (await SendAsync(anonymous, method, path)).ReadProblemAsync(401);
            await (await SendAsync(revokedClient, method, path)).ReadProblemAsync(401);
            await (await SendAsync(readerClient, method, path)).ReadProblemAsync(403);
        }

        Assert.True(writes.Count >= 15, $"Only {writes.Count} write operations found.");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostJsonAsync("/api/extractions", new { text = "\"We won,\" he said." })).StatusCode);
        Assert.Single((await Client.GetAsync<Page<ArticleSummaryResponse>>("/api/articles")).Items);
    }

    [Fact]
    public async Task AnEditorKey_Writes_ButCannotManageKeys()
    {
        var editor = await CreateKeyAsync("editor", ApiRole.Editor);
        using var client = Factory.CreateClient(editor.Key);

        var response = await client.PostJsonAsync("/api/articles", new ArticleRequest("By an editor", null, null, null, null, null));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var problem = await (await client.GetAsync("/api/keys")).ReadProblemAsync(403);
        Assert.Contains("admin", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_AreOpenByDefault_AndNeedAReaderKeyWhenAnonymousReadsIsOff()
    {
        var reader = await CreateKeyAsync("reader", ApiRole.Reader);
        using var open = Factory.CreateAnonymousClient();
        await using var closedApi = Factory.WithWebHostBuilder(b => b.UseSetting("Auth:AnonymousReads", "false"));
        using var closed = closedApi.CreateClient();
        using var closedWithKey = closedApi.CreateClient();
        closedWithKey.DefaultRequestHeaders.Add("X-API-Key", reader.Key);

        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/api/claims")).StatusCode);
        var problem = await (await closed.GetAsync("/api/claims")).ReadProblemAsync(401);
        Assert.Contains("X-API-Key", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await closedWithKey.GetAsync("/api/claims")).StatusCode);
    }

    [Fact]
    public async Task Keys_AreStoredHashed_AndShownOnlyOnce()
    {
        var created = await CreateKeyAsync("hashed", ApiRole.Editor);

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var rows = await db.Database.SqlQueryRaw<string>("SELECT row_to_json(k)::text AS \"Value\" FROM api_keys k").ToListAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.DoesNotContain(created.Key, row, StringComparison.Ordinal));
        Assert.All(rows, row => Assert.DoesNotContain(ClaimTrackerApiFactory.AdminKey, row, StringComparison.Ordinal));
        var listed = await Client.GetStringAsync("/api/keys");
        Assert.DoesNotContain(created.Key, listed, StringComparison.Ordinal);
        Assert.Contains(created.Prefix, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokingTheLastAdminKey_IsAConflict()
    {
        var keys = await Client.GetAsync<Page<ApiKeyResponse>>("/api/keys");
        var bootstrap = Assert.Single(keys.Items, k => k.Role == ApiRole.Admin);

        await (await Client.DeleteAsync($"/api/keys/{bootstrap.Id}")).ReadProblemAsync(409);

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/keys")).StatusCode);
    }

    [Fact]
    public async Task CreateKey_ValidatesAndRefusesDuplicateNames()
    {
        await CreateKeyAsync("twice", ApiRole.Reader);

        await (await Client.PostJsonAsync("/api/keys", new CreateApiKeyRequest("twice", ApiRole.Reader))).ReadProblemAsync(409);
        var problem = await (await Client.PostJsonAsync("/api/keys", new { name = "", role = "owner" })).ReadProblemAsync(400);
        Assert.Contains("role", problem.Errors.Keys);
    }

    private async Task<CreatedApiKeyResponse> CreateKeyAsync(string name, ApiRole role) =>
        await (await Client.PostJsonAsync("/api/keys", new CreateApiKeyRequest(name, role))).ReadAsync<CreatedApiKeyResponse>();

    private async Task<List<(string Method, string Path)>> WriteOperationsAsync()
    {
        var json = await (await Client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
        return json.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "post" or "put" or "patch" or "delete")
                .Where(_ => !path.Name.EndsWith("/extractions", StringComparison.Ordinal)) // computes an answer, stores nothing: a read
                .Select(op => (op.Name.ToUpperInvariant(), System.Text.RegularExpressions.Regex.Replace(path.Name, "{[^}]+}", _ => Guid.NewGuid().ToString()))))
            .ToList();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent("{}", Encoding.UTF8, method == "PATCH" ? "application/merge-patch+json" : "application/json"),
        });
}

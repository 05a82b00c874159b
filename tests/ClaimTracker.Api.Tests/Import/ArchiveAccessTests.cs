using System.Net;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Import;

/// <summary>The export is the whole database and the import list names keys: a reader key, even with anonymous reads on.</summary>
public sealed class ArchiveAccessTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("/api/export")]
    [InlineData("/api/imports")]
    [InlineData("/api/imports/01a228c5-815e-7fab-8101-ea489def1936")]
    public async Task ArchiveReads_NeedAKey_WhileOtherReadsAreOpen(string path)
    {
        using var anonymous = Factory.CreateAnonymousClient();
        var created = await (await Client.PostJsonAsync("/api/keys", new CreateApiKeyRequest("archive-reader", ApiRole.Reader))).ReadAsync<CreatedApiKeyResponse>();
        using var reader = Factory.CreateClient(created.Key);

        var withoutKey = await anonymous.GetAsync(path);
        var withReaderKey = await reader.GetAsync(path);

        var problem = await withoutKey.ReadProblemAsync(401);
        Assert.Contains("reader", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(path.EndsWith("ea489def1936", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK, withReaderKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/claims")).StatusCode);
    }

    [Theory]
    [InlineData("/api/export", "get")]
    [InlineData("/api/imports", "get")]
    [InlineData("/api/imports/{id}", "get")]
    public async Task OpenApi_SaysArchiveReadsNeedAKey(string path, string method)
    {
        var operation = (await (await Client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        var requirements = operation.GetProperty("security").EnumerateArray().ToList();
        Assert.Single(requirements);
        Assert.True(requirements[0].TryGetProperty("ApiKey", out _));
        Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _));
    }
}

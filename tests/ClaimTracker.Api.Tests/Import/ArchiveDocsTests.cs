using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Import;

public sealed class ArchiveDocsTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Swagger_DescribesImportAndExportAsNdjson()
    {
        var paths = (await (await Client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync()).GetProperty("paths");

        var import = paths.GetProperty("/api/import").GetProperty("post");
        Assert.True(import.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/x-ndjson", out _));
        Assert.True(import.GetProperty("responses").TryGetProperty("409", out _));
        var export = paths.GetProperty("/api/export").GetProperty("get");
        Assert.True(export.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/x-ndjson", out _));
    }

    [Fact]
    public async Task Import_TakesBodiesAboveTheGeneralRequestLimit()
    {
        var body = new string('x', 150_000);
        var lines = Enumerable.Range(0, 8).Select(i =>
            $$"""{"type":"article","key":"a{{i}}","title":"Long {{i}}","url":"https://news.example/long/{{i}}","body":"{{body}}"}""");

        var response = await Client.ImportAsync([.. lines]);

        var counts = (await response.ReadJsonAsync()).GetProperty("counts");
        Assert.Equal(8, counts.GetProperty("articles").GetInt32());
    }
}

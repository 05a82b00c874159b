using System.Net;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Common;

public sealed class IdempotencyTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task TheSamePostSentTwentyTimesConcurrently_CreatesExactlyOneRow_AndEveryAnswerIsTheFirst()
    {
        var body = new ArticleRequest("Idempotent article", "https://example.org/idempotent", null, null, null, "x");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var client = Factory.CreateClient(ClaimTrackerApiFactory.AdminKey);
            return await SendAsync(client, "key-20", body);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadAsync<ArticleResponse>()).Id));
        Assert.Single(ids.Distinct());
        Assert.Single(responses.Select(r => r.Headers.Location?.OriginalString).Distinct());
        Assert.Equal(19, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        var page = await Client.GetAsync<Page<ArticleSummaryResponse>>("/api/articles?q=Idempotent");
        Assert.Single(page.Items);
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBody_IsUnprocessable_AndCreatesNothing()
    {
        await SendAsync(Client, "key-reused", new ArticleRequest("First", null, null, null, null, null));

        var response = await SendAsync(Client, "key-reused", new ArticleRequest("Second", null, null, null, null, null));

        var problem = await response.ReadProblemAsync(422);
        Assert.Contains("key-reused", problem.Detail, StringComparison.Ordinal);
        Assert.Empty((await Client.GetAsync<Page<ArticleSummaryResponse>>("/api/articles?q=Second")).Items);
    }

    [Fact]
    public async Task ARejectedRequest_DoesNotSpendTheKey()
    {
        var invalid = await SendAsync(Client, "key-fixed", new ArticleRequest("", null, null, null, null, null));
        var fixedUp = await SendAsync(Client, "key-fixed", new ArticleRequest("Fixed", null, null, null, null, null));

        await invalid.ReadProblemAsync(400);
        Assert.Equal(HttpStatusCode.Created, fixedUp.StatusCode);
    }

    [Fact]
    public async Task ATooLongKey_IsABadRequest() =>
        await (await SendAsync(Client, new string('k', 201), new ArticleRequest("Long", null, null, null, null, null))).ReadProblemAsync(400);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string key, ArticleRequest body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = System.Net.Http.Json.JsonContent.Create(body, options: Json.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}

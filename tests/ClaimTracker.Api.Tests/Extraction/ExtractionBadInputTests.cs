using System.Text;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class ExtractionBadInputTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("/api/extractions", "{bad json")]
    [InlineData("/api/extractions", "{\"text\": 42}")]
    [InlineData("/api/articles/{article}/extractions/accept", "{bad json")]
    [InlineData("/api/articles/{article}/extractions/accept", "{\"suggestions\":[{\"kind\":\"shouted\",\"quote\":\"x\",\"start\":0,\"end\":1,\"speaker\":{\"name\":\"A\",\"kind\":\"person\"}}]}")]
    [InlineData("/api/articles/not-a-guid/extractions", "")]
    public async Task MalformedRequests_AreBadRequestProblems_AndStoreNothing(string url, string body)
    {
        var sample = await Sample.LoadAsync(Client);
        var claimsBefore = (await Client.GetAsync<Page<ClaimTracker.Api.Claims.ClaimResponse>>("/api/claims?limit=100")).Items.Count;

        var response = await Client.PostAsync(url.Replace("{article}", sample.ArticleId.ToString(), StringComparison.Ordinal),
            new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(400);
        Assert.Equal(claimsBefore, (await Client.GetAsync<Page<ClaimTracker.Api.Claims.ClaimResponse>>("/api/claims?limit=100")).Items.Count);
    }
}

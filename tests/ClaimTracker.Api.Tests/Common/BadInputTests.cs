using System.Net.Http.Headers;
using System.Text;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>Requests a client gets wrong: each is a 400-class problem, never a 500, and changes nothing.</summary>
public sealed class BadInputTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "POST", "/api/articles", "{bad json" },
        { "POST", "/api/articles", "[]" },
        { "POST", "/api/articles", "\"just a string\"" },
        { "POST", "/api/articles", "{\"title\": 42}" },
        { "POST", "/api/articles", "{\"title\": \"t\", \"publishedAt\": \"yesterday\"}" },
        { "POST", "/api/actors", "{\"name\": \"X\", \"kind\": \"alien\"}" },
        { "POST", "/api/actors", "{\"name\": \"X\", \"kind\": 1}" },
        { "POST", "/api/actors", "{\"name\": \"X\", \"kind\": \"person\", \"aliases\": \"Kirby\"}" },
        { "POST", "/api/actors", "{\"name\": \"X\", \"kind\": \"person\", \"memberOfId\": \"not-a-guid\"}" },
        { "POST", "/api/claims", "{\"actorId\": 12, \"text\": \"t\", \"kind\": \"direct\"}" },
        { "POST", "/api/claims", "{\"actorId\": \"01a228c5-815e-7fab-8101-ea489def1936\", \"text\": \"t\", \"kind\": \"direct\", \"quoteStart\": 99999999999}" },
        { "POST", "/api/claims", "{\"actorId\": \"01a228c5-815e-7fab-8101-ea489def1936\", \"text\": \"t\", \"kind\": \"direct\", \"evidenceProvided\": \"maybe\"}" },
        { "POST", "/api/claims", "{\"text\": \"t\", \"kind\": \"direct\"" },
        { "PUT", "/api/actors/01a228c5-815e-7fab-8101-ea489def1936", "{\"name\": null, \"kind\": \"person\"}" },
        { "POST", "/api/claims/01a228c5-815e-7fab-8101-ea489def1936/relations", "{\"type\": \"disputes\", \"targetClaimId\": \"x\"}" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task MalformedOrMistypedBody_IsABadRequestProblem_AndChangesNothing(string method, string url, string body)
    {
        var before = await CountRowsAsync();

        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

        await response.ReadProblemAsync(400);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task WrongTypedField_IsReportedUnderItsName()
    {
        var response = await Client.PostAsync("/api/actors", new StringContent("{\"name\": \"X\", \"kind\": \"alien\"}", Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(400);
        Assert.Contains("kind", problem.Errors.Keys);
        Assert.DoesNotContain("ClaimTracker.Api", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles/not-a-guid", "id")]
    [InlineData("/api/claims/123/disputers", "id")]
    [InlineData("/api/claims?limit=abc", "limit")]
    [InlineData("/api/claims?limit=0", "limit")]
    [InlineData("/api/claims?limit=101", "limit")]
    [InlineData("/api/claims?cursor=%25%25%25", "cursor")]
    [InlineData("/api/claims?cursor=bm90LWFuLWlk", "cursor")]
    [InlineData("/api/claims?actorId=kirby", "actorId")]
    [InlineData("/api/claims?evidenceProvided=maybe", "evidenceProvided")]
    [InlineData("/api/actors?kind=alien", "kind")]
    [InlineData("/api/articles/01a228c5-815e-7fab-8101-ea489def1936/claims?cursor=eA", "cursor")]
    public async Task BadIdOrQueryParameter_IsAValidationProblemNamingIt(string url, string field)
    {
        var problem = await (await Client.GetAsync(url)).ReadProblemAsync(400);

        Assert.Contains(field, problem.Errors.Keys);
    }

    [Fact]
    public async Task MissingBody_IsABadRequestProblem() =>
        await (await Client.PostAsync("/api/claims", new StringContent("", Encoding.UTF8, "application/json"))).ReadProblemAsync(400);

    [Fact]
    public async Task NonJsonContentType_IsUnsupportedMediaTypeProblem()
    {
        var response = await Client.PostAsync("/api/articles", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ReadProblemAsync(415);
    }

    [Fact]
    public async Task UnknownRoute_IsNotFoundProblem() =>
        await (await Client.GetAsync("/api/nothing-here")).ReadProblemAsync(404);

    [Fact]
    public async Task WrongMethod_IsMethodNotAllowedProblem()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/api/articles") { Content = new StringContent("{}", new MediaTypeHeaderValue("application/json")) });

        await response.ReadProblemAsync(405);
    }

    private async Task<(int, int, int, int, int)> CountRowsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        return (await db.Articles.CountAsync(), await db.Actors.CountAsync(), await db.Claims.CountAsync(),
            await db.ClaimAppearances.CountAsync(), await db.ClaimRelations.CountAsync());
    }
}

using System.Net.Http.Headers;
using System.Text;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>
/// Text PostgreSQL cannot store (NUL, lone UTF-16 surrogates) is refused at the edge: a 400 problem naming the
/// field or parameter, nothing stored, and the connections stay healthy for the next request.
/// </summary>
public sealed class UnstorableTextTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string Nul = "\\u0000";
    private const string LoneSurrogate = "\\ud800";

    public static TheoryData<string, string, string, string> Bodies => new()
    {
        { "POST", "/api/actors", $$"""{"name":"Bad{{Nul}}Name","kind":"person"}""", "name" },
        { "POST", "/api/actors", $$"""{"name":"Fine","kind":"person","aliases":["ok","a{{Nul}}"]}""", "aliases[1]" },
        { "POST", "/api/actors", $$"""{"name":"Fine","kind":"person","description":"d{{Nul}}"}""", "description" },
        { "POST", "/api/actors", $$"""{"name":"Half {{LoneSurrogate}} pair","kind":"person"}""", "name" },
        { "PUT", "/api/actors/{actor}", $$"""{"name":"Renamed{{Nul}}","kind":"person"}""", "name" },
        { "PATCH", "/api/actors/{actor}", $$"""{"name":"Patched{{Nul}}"}""", "name" },
        { "PATCH", "/api/actors/{actor}", $$"""{"aliases":["{{Nul}}"]}""", "aliases[0]" },
        { "POST", "/api/articles", $$"""{"title":"T{{Nul}}","body":"b"}""", "title" },
        { "POST", "/api/articles", $$"""{"title":"T","outlet":"O{{Nul}}","body":"b"}""", "outlet" },
        { "POST", "/api/articles", $$"""{"title":"T","body":"b{{Nul}}"}""", "body" },
        { "PUT", "/api/articles/{article}", $$"""{"title":"T","body":"b{{Nul}}"}""", "body" },
        { "PATCH", "/api/articles/{article}", $$"""{"title":"T{{Nul}}"}""", "title" },
        { "POST", "/api/claims", $$"""{"actorId":"{actor}","text":"t{{Nul}}","kind":"indirect"}""", "text" },
        { "POST", "/api/claims", $$"""{"actorId":"{actor}","text":"t","quote":"q{{Nul}}","kind":"direct"}""", "quote" },
        { "PUT", "/api/claims/{claim}", $$"""{"actorId":"{actor}","text":"t{{Nul}}","kind":"indirect"}""", "text" },
        { "PATCH", "/api/claims/{claim}", $$"""{"text":"t{{Nul}}"}""", "text" },
        { "POST", "/api/claims/{claim}/verdicts", $$"""{"reviewerName":"R{{Nul}}","rating":"False"}""", "reviewerName" },
        { "PUT", "/api/claims/{claim}/topics", $$"""{"topics":["war{{Nul}}"]}""", "topics[0]" },
        { "POST", "/api/keys", $$"""{"name":"k{{Nul}}","role":"reader"}""", "name" },
        { "POST", "/api/extractions", $$"""{"text":"He said \"no{{Nul}}\"."}""", "text" },
        { "POST", "/api/import/claimreview", $$"""[{"@type":"ClaimReview","claimReviewed":"c{{Nul}}"}]""", "[0].claimReviewed" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task UnstorableTextInABody_IsABadRequestNamingTheField_AndStoresNothing(string method, string url, string body, string field)
    {
        var sample = await Sample.LoadAsync(Client);
        var ids = new Dictionary<string, string>
        {
            ["{actor}"] = sample.Actor("Dmitry Peskov").ToString(),
            ["{article}"] = sample.ArticleId.ToString(),
            ["{claim}"] = sample.WashingtonDecides.ToString(),
        };
        foreach (var (placeholder, id) in ids)
        {
            (url, body) = (url.Replace(placeholder, id, StringComparison.Ordinal), body.Replace(placeholder, id, StringComparison.Ordinal));
        }

        var before = await CountRowsAsync();
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(method == "PATCH" ? "application/merge-patch+json" : "application/json");

        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content });

        var problem = await response.ReadProblemAsync(400);
        Assert.True(problem.Errors.ContainsKey(field), $"expected an error for '{field}', got: {string.Join(", ", problem.Errors.Keys)}");
        Assert.Matches("NUL character|lone UTF-16 surrogate", string.Join(" ", problem.Errors[field]));
        Assert.Equal(before, await CountRowsAsync());
        Assert.Equal(System.Net.HttpStatusCode.Created, (await Client.PostJsonAsync("/api/actors", new { name = $"After {Guid.NewGuid():N}", kind = "person" })).StatusCode);
    }

    [Theory]
    [InlineData("/api/claims?q=a%00b", "q")]
    [InlineData("/api/actors?q=%00", "q")]
    [InlineData("/api/articles?outlet=Reu%00ters", "outlet")]
    [InlineData("/api/topics?q=x%00", "q")]
    [InlineData("/api/claims?kind=direct&q=ok&cursor=%00", "cursor")]
    public async Task UnstorableTextInAQueryParameter_IsABadRequestNamingIt(string url, string parameter)
    {
        var response = await Factory.CreateAnonymousClient().GetAsync(url);

        var problem = await response.ReadProblemAsync(400);
        Assert.Contains("NUL character", Assert.Single(problem.Errors[parameter]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFieldWithBothSurrogatesOfAPair_IsStored()
    {
        var response = await Client.PostAsync("/api/actors",
            new StringContent("{\"name\":\"Emoji \\ud83d\\ude00 Actor\",\"kind\":\"person\"}", Encoding.UTF8, "application/json"));

        var actor = await response.ReadJsonAsync();
        Assert.Equal("Emoji \U0001F600 Actor", actor.GetProperty("name").GetString());
    }

    private async Task<(int Actors, int Articles, int Claims, int Keys, int Verdicts, int Topics)> CountRowsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        return (await db.Actors.CountAsync(), await db.Articles.CountAsync(), await db.Claims.CountAsync(), await db.ApiKeys.CountAsync(),
            await db.Verdicts.CountAsync(), await db.Topics.CountAsync());
    }
}

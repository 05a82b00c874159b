using System.Text;
using ClaimTracker.Api.Tests.Infrastructure;
using Serilog.Events;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>A client's mistake is answered and logged in the API's terms: no .NET type names, no 500, no stack.</summary>
public sealed class ProblemWordingTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string, string, string> MoreMalformedBodies => new()
    {
        { "POST", "/api/articles", "{\"title\": \"t\", \"publishedAt\": 20240301}" },
        { "POST", "/api/articles", "{\"title\": [\"t\"]}" },
        { "POST", "/api/articles", "null" },
        { "POST", "/api/articles", "" },
        { "POST", "/api/actors", "{\"name\": \"X\", \"kind\": \"person\", \"aliases\": [null, 3]}" },
        { "POST", "/api/actors", "{\"name\": \"X\", \"kind\": \"person\",}" },
        { "POST", "/api/actors", "{\"name\": \"X\" \"kind\": \"person\"}" },
        { "POST", "/api/actors", "{\"name\": {\"first\": \"X\"}, \"kind\": \"person\"}" },
        { "POST", "/api/claims", "{\"actorId\": \"01a228c5-815e-7fab-8101-ea489def1936\", \"text\": \"t\", \"kind\": \"direct\", \"statedAt\": true}" },
    };

    [Theory]
    [MemberData(nameof(BadInputTests.MalformedBodies), MemberType = typeof(BadInputTests))]
    [MemberData(nameof(MoreMalformedBodies))]
    public async Task MalformedBody_ProblemNamesNoDotNetInternals(string method, string url, string body)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

        var text = await response.Content.ReadAsStringAsync();
        await response.ReadProblemAsync(400);
        foreach (var internals in new[] { "System.", "ClaimTracker.", ".NET", "Nullable`1", "Microsoft." })
        {
            Assert.DoesNotContain(internals, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MalformedJson_IsLoggedAsOneWarningWithTheStatusTheClientGot()
    {
        Factory.Logs.Clear();

        var response = await Client.PostAsync("/api/actors", new StringContent("{\"name\": \"X\", \"kind\":", Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(400);
        var events = await RequestLoggedAsync("/api/actors");
        Assert.DoesNotContain(events, e => e.Level >= LogEventLevel.Error);
        Assert.DoesNotContain(events, e => e.Exception is not null);
        var request = Assert.Single(events, e => IsRequestTo(e, "/api/actors"));
        Assert.Equal(LogEventLevel.Warning, request.Level);
        Assert.Equal("400", request.Properties["StatusCode"].ToString());
    }

    private static bool IsRequestTo(LogEvent e, string path) =>
        e.Properties.TryGetValue("RequestPath", out var value) && value.ToString() == $"\"{path}\"";

    /// <summary>The request line is written after the response has gone, so it may come a moment after the client has it.</summary>
    private async Task<IReadOnlyList<LogEvent>> RequestLoggedAsync(string path)
    {
        for (var attempt = 0; attempt < 100 && !Factory.Logs.Events.Any(e => IsRequestTo(e, path)); attempt++)
        {
            await Task.Delay(20);
        }

        return Factory.Logs.Events;
    }
}

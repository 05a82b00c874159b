using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClaimTracker.Api.Tests.Infrastructure;
using Serilog.Events;
using Xunit.Abstractions;

namespace ClaimTracker.Api.Tests.Common;

/// <summary>
/// The NUL incident as a test: clients sending text PostgreSQL cannot store, all at once, while other clients read
/// and write. Every bad request is a 400; every innocent one succeeds during and after the burst; the log never says
/// a connection lost step with the server. Seeded, so every run sends the same requests.
/// </summary>
public sealed class BadInputBurstTests(ClaimTrackerApiFactory factory, ITestOutputHelper output) : ApiTest(factory)
{
    private const int BadClients = 3;
    private const int InnocentClients = 3;
    private const int RequestsPerClient = 1_700; // 6 × 1,700 = 10,200 during the burst
    private const int RequestsAfter = 300;

    [Fact]
    public async Task BadTextFromSomeClients_NeverFailsAnotherClientsRequest()
    {
        var sample = await Sample.LoadAsync(Client);
        var claims = new[] { sample.WashingtonDecides, sample.Staged, sample.UkraineBlamed, sample.KremlinAttack };
        var actor = sample.Actor("Dmitry Peskov");
        var mark = Factory.Logs.Mark();
        var outcomes = new ConcurrentBag<(bool Innocent, string Request, int Status)>();

        var clients = Enumerable.Range(0, BadClients).Select(seed => Task.Run(() => BadClientAsync(seed, RequestsPerClient, claims, actor, outcomes)))
            .Concat(Enumerable.Range(0, InnocentClients).Select(seed => Task.Run(() => InnocentClientAsync(100 + seed, RequestsPerClient, claims, outcomes))));
        await Task.WhenAll(clients);
        var duringBurst = outcomes.Count;
        await InnocentClientAsync(999, RequestsAfter, claims, outcomes);

        var innocent = outcomes.Where(o => o.Innocent).ToList();
        var bad = outcomes.Where(o => !o.Innocent).ToList();
        var innocentFailures = innocent.Where(o => o.Status >= 400).ToList();
        var badNot400 = bad.Where(o => o.Status != 400).ToList();
        var outOfStep = Factory.Logs.Since(mark).Select(LogCapture.Render)
            .Where(line => line.Contains("unexpected backend message", StringComparison.OrdinalIgnoreCase)
                || line.Contains("as many fields as expected", StringComparison.OrdinalIgnoreCase)
                || line.Contains("PostgresException", StringComparison.Ordinal))
            .ToList();
        output.WriteLine($"{duringBurst} requests during the burst, {RequestsAfter} after: {innocent.Count} innocent ({innocentFailures.Count} failed), "
            + $"{bad.Count} bad ({badNot400.Count} not answered 400); {Factory.Logs.Since(mark).Count(e => e.Level >= LogEventLevel.Error)} error log events");

        Assert.True(duringBurst >= 10_000);
        Assert.True(innocentFailures.Count == 0, "innocent requests failed: " + string.Join("; ", innocentFailures.Take(5)));
        Assert.True(badNot400.Count == 0, "bad requests not refused with 400: " + string.Join("; ", badNot400.Take(5)));
        Assert.True(outOfStep.Count == 0, "the log shows a connection out of step: " + string.Join("\n", outOfStep.Take(3)));
        var errors = Factory.Logs.Since(mark).Where(e => e.Level >= LogEventLevel.Error).Select(LogCapture.Render).ToList();
        Assert.True(errors.Count == 0, "client errors must not be logged as errors: " + string.Join("\n", errors.Take(3)));
    }

    private async Task BadClientAsync(int seed, int requests, Guid[] claims, Guid actor, ConcurrentBag<(bool, string, int)> outcomes)
    {
        var random = new Random(seed);
        using var client = Factory.CreateClient(ClaimTrackerApiFactory.AdminKey);
        for (var i = 0; i < requests; i++)
        {
            var claim = claims[random.Next(claims.Length)];
            var poison = random.Next(2) == 0 ? "\\u0000" : "\\udc00";
            var (method, url, body) = random.Next(8) switch
            {
                0 => ("POST", "/api/actors", $"{{\"name\":\"Bad {i}{poison}\",\"kind\":\"person\",\"aliases\":[\"a{poison}\"]}}"),
                1 => ("POST", "/api/articles", $"{{\"title\":\"Bad {i}\",\"outlet\":\"O{poison}\",\"body\":\"b{poison}\"}}"),
                2 => ("POST", "/api/claims", $"{{\"actorId\":\"{actor}\",\"text\":\"t{poison}\",\"kind\":\"indirect\"}}"),
                3 => ("PUT", $"/api/claims/{claim}", $"{{\"actorId\":\"{actor}\",\"text\":\"t{poison}\",\"kind\":\"indirect\"}}"),
                4 => ("PATCH", $"/api/actors/{actor}", $"{{\"description\":\"d{poison}\"}}"),
                5 => ("POST", "/api/keys", $"{{\"name\":\"k{poison}\",\"role\":\"reader\"}}"),
                6 => ("GET", "/api/claims?q=drone%00attack", null),
                _ => ("GET", $"/api/actors?q=Pes%00kov&limit={1 + random.Next(20)}", null),
            };
            outcomes.Add((false, $"{method} {url}", await SendAsync(client, method, url, body)));
        }
    }

    private async Task InnocentClientAsync(int seed, int requests, Guid[] claims, ConcurrentBag<(bool, string, int)> outcomes)
    {
        var random = new Random(seed);
        using var reader = Factory.CreateAnonymousClient();
        using var writer = Factory.CreateClient(ClaimTrackerApiFactory.AdminKey);
        Guid? mine = null;
        for (var i = 0; i < requests; i++)
        {
            var claim = claims[random.Next(claims.Length)];
            var (client, method, url, body) = random.Next(8) switch
            {
                0 => (reader, "GET", $"/api/claims/{claim}", null),
                1 => (reader, "GET", $"/api/claims/{claim}/disputers", null),
                2 => (reader, "GET", "/api/claims?q=drone", null),
                3 => (reader, "GET", $"/api/actors?q=Pes&limit={1 + random.Next(20)}", null),
                4 => (reader, "GET", $"/api/claims/{claim}/thread", null),
                5 => (writer, "POST", "/api/actors", $"{{\"name\":\"Innocent {seed}-{i}\",\"kind\":\"person\",\"aliases\":[\"Inn {seed}-{i}\"]}}"),
                6 when mine is { } id => (writer, "PATCH", $"/api/actors/{id}", $"{{\"description\":\"Edited {i}\"}}"),
                _ => (reader, "GET", "/api/articles?limit=5", null),
            };
            var status = await SendAsync(client, method, url, body, created => mine ??= created);
            outcomes.Add((true, $"{method} {url}", status));
        }
    }

    private static async Task<int> SendAsync(HttpClient client, string method, string url, string? body, Action<Guid>? onCreated = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(method == "PATCH" ? "application/merge-patch+json" : "application/json");
        }

        using var response = await client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.Created && onCreated is not null && response.Headers.Location is { } location)
        {
            onCreated(Guid.Parse(location.OriginalString.Split('/')[^1]));
        }

        return (int)response.StatusCode;
    }
}

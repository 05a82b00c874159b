using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClaimTracker.Api.Tests.Infrastructure;

namespace ClaimTracker.Api.Tests.Import;

/// <summary>Lines whose text the database cannot store, and lines the serializer cannot read, answered in the archive's words.</summary>
public sealed class ImportTextTests(ClaimTrackerApiFactory factory) : ApiTest(factory)
{
    private const string Article = """{"type":"article","key":"a1","title":"Dam report","url":"https://news.example/dam","body":"He said: the dam holds."}""";

    [Fact]
    public async Task Import_RejectsInvalidUtf8_NamingTheLine()
    {
        var before = await ArticleTitlesAsync();
        var bytes = Encoding.UTF8.GetBytes(Article + "\n" + """{"type":"actor","key":"p1","name":"Bad NAME","kind":"person"}""" + "\n").ToList();
        var at = bytes.IndexOf((byte)'N');
        bytes.RemoveRange(at, 4);
        bytes.InsertRange(at, [0xC3, 0x28, 0xFF]); // a broken two-byte sequence and a byte no UTF-8 has

        var response = await PostBytesAsync([.. bytes]);

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(2, Line(problem));
        Assert.Contains("UTF-8", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await ArticleTitlesAsync());
        Assert.Empty(await Factory.RowsAsync("SELECT name FROM actors WHERE name LIKE 'Bad%'"));
    }

    [Theory]
    [InlineData("""{"type":"article","key":"a2","title":"Nul \u0000 here"}""", "title")]
    [InlineData("""{"type":"article","key":"a2","title":"T","body":"lone \ud800 high"}""", "body")]
    [InlineData("""{"type":"actor","key":"p1","name":"Zed","kind":"person","aliases":["ok","lone \udc00 low"]}""", "aliases[1]")]
    [InlineData("""{"type":"actor","key":"p1","name":"Zed","kind":"person","description":"ends high \ud83d"}""", "description")]
    [InlineData("""{"type":"claim","key":"c1","actor":"p\u0000","text":"x","kind":"direct"}""", "actor")]
    [InlineData("""{"type":"claim","key":"c1","actor":"p1","text":"x","kind":"direct","appearances":[{"article":"a1","quote":"the \u0000dam","kind":"direct"}]}""", "appearances[0].quote")]
    [InlineData("""{"type":"relation","key":"r\u0000","from":"c1","relation":"disputes","to":"c2"}""", "key")]
    public async Task Import_RejectsTextTheDatabaseCannotStore_NamingLineAndField(string line, string field)
    {
        var response = await Client.ImportAsync(Article, line);

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(2, Line(problem));
        Assert.Equal(field, ((JsonElement)problem.Extensions["field"]!).GetString());
        Assert.Contains(field, problem.Errors.Keys);
        Assert.Empty(await Factory.RowsAsync("SELECT title FROM articles WHERE title = 'Dam report'"));
        (await Client.ImportAsync(Article)).EnsureSuccessStatusCode(); // the connections are still in step with the server
    }

    [Fact]
    public async Task Import_KeepsSurrogatePairs()
    {
        var response = await Client.ImportAsync("""{"type":"article","key":"a1","title":"Smile \ud83d\ude00","body":"\u00e9t\u00e9 \ud83d\ude00"}""");

        await response.ReadJsonAsync();
        Assert.Equal(["Smile \U0001F600"], await Factory.RowsAsync("SELECT title FROM articles WHERE title LIKE 'Smile%'"));
    }

    [Fact]
    public async Task Import_DuplicateKeyInTheStream_IsABadRequestNamingBothLines()
    {
        var response = await Client.ImportAsync(
            """{"type":"actor","key":"p1","name":"First","kind":"person"}""",
            Article,
            """{"type":"actor","key":"p1","name":"Second","kind":"person"}""");

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(3, Line(problem));
        Assert.Equal("key", ((JsonElement)problem.Extensions["field"]!).GetString());
        Assert.Contains("Line 3", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Line 1", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("existing data", problem.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"article","key":"a2","title":"T","foo":1}""", "foo", "Unknown field 'foo'")]
    [InlineData("""{"type":"article","key":"a2","title":"T","publishedAt":"last tuesday"}""", "publishedAt", "'publishedAt' must be a date-time such as 2023-05-03T12:00:00Z")]
    [InlineData("""{"type":"article","key":"a2","title":"T","publishedAt":20230503}""", "publishedAt", "'publishedAt' must be a date-time such as 2023-05-03T12:00:00Z")]
    [InlineData("""{"type":"article","key":"a2","title":42}""", "title", "'title' must be a string")]
    [InlineData("""{"type":"actor","key":"p1","name":"Zed","kind":"person","aliases":"Zeddy"}""", "aliases", "'aliases' must be an array of strings")]
    [InlineData("""{"type":"actor","key":"p1","name":"Zed","kind":"person","aliases":[7]}""", "aliases[0]", "'aliases[0]' must be a string")]
    [InlineData("""{"type":"claim","key":"c1","actor":"p1","text":"x","kind":"direct","quoteStart":"nine"}""", "quoteStart", "'quoteStart' must be a whole number")]
    [InlineData("""{"type":"claim","key":"c1","actor":"p1","text":"x","kind":"direct","appearances":[{"article":"a1","colour":"red"}]}""", "appearances[0].colour", "Unknown field 'appearances[0].colour'")]
    [InlineData("""{"type":"claim","key":"c1","actor":"p1","text":"x","kind":"direct","appearances":[null]}""", "appearances[0]", "must be an object")]
    [InlineData("""{"type":"article","key":"a2","title":"T",""", "line", "not valid JSON")]
    [InlineData("""["article"]""", "line", "must be a JSON object")]
    public async Task Import_ExplainsAMalformedLineInTheArchivesWords(string line, string field, string expected)
    {
        var response = await Client.ImportAsync(Article, line);

        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(2, Line(problem));
        Assert.Equal(field, ((JsonElement)problem.Extensions["field"]!).GetString());
        Assert.Contains(expected, problem.Detail, StringComparison.Ordinal);
        foreach (var internals in new[] { "System.", "ClaimTracker.", ".NET", "Nullable`1" })
        {
            Assert.DoesNotContain(internals, body, StringComparison.Ordinal);
        }
    }

    private Task<HttpResponseMessage> PostBytesAsync(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return Client.PostAsync("/api/import", content);
    }

    private static int Line(Microsoft.AspNetCore.Http.HttpValidationProblemDetails problem) => ((JsonElement)problem.Extensions["line"]!).GetInt32();

    private Task<List<string>> ArticleTitlesAsync() => Factory.RowsAsync("SELECT title FROM articles ORDER BY id");
}

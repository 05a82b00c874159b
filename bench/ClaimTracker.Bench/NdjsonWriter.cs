using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimTracker.Bench;

/// <summary>
/// Writes a generated archive as the NDJSON that <c>POST /api/import</c> reads (ids as keys, as the export writes
/// them), so that importing it gives the rows that <see cref="ArchiveGenerator.LoadAsync"/> copies in.
/// </summary>
internal static class NdjsonWriter
{
    private static readonly DateTimeOffset Epoch = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(ArchiveGenerator.GeneratedArchive archive, Stream output)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        foreach (var a in archive.Actors)
        {
            await LineAsync(json, output, w =>
            {
                w.WriteString("type", "actor");
                w.WriteString("key", a.Id);
                w.WriteString("name", a.Name);
                w.WriteString("kind", a.Kind);
                w.WriteString("description", "Generated actor");
                w.WriteStartArray("aliases");
                a.Aliases.ForEach(w.WriteStringValue);
                w.WriteEndArray();
                if (a.MemberOf is { } parent)
                {
                    w.WriteString("memberOf", parent);
                }

                w.WriteString("createdAt", Epoch);
                w.WriteString("updatedAt", Epoch);
            });
        }

        foreach (var a in archive.Articles)
        {
            await LineAsync(json, output, w =>
            {
                w.WriteString("type", "article");
                w.WriteString("key", a.Id);
                w.WriteString("title", a.Title);
                w.WriteString("url", a.Url);
                w.WriteString("outlet", a.Outlet);
                w.WriteString("publishedAt", a.PublishedAt);
                w.WriteString("language", "en");
                w.WriteString("body", a.Body);
                w.WriteString("createdAt", a.PublishedAt);
                w.WriteString("updatedAt", a.PublishedAt);
            });
        }

        foreach (var c in archive.Claims)
        {
            var created = c.Article.PublishedAt.AddHours(1);
            await LineAsync(json, output, w =>
            {
                w.WriteString("type", "claim");
                w.WriteString("key", c.Id);
                w.WriteString("actor", c.ActorId);
                w.WriteString("text", c.Text);
                w.WriteString("quote", c.Quote);
                w.WriteString("kind", c.Kind);
                if (c.StatedAt is { } stated)
                {
                    w.WriteString("statedAt", stated);
                }

                if (c.EvidenceProvided is { } evidence)
                {
                    w.WriteBoolean("evidenceProvided", evidence);
                }

                if (c.Topics.Count > 0)
                {
                    w.WriteStartArray("topics");
                    c.Topics.ForEach(t => w.WriteStringValue(t.Slug));
                    w.WriteEndArray();
                }

                w.WriteStartArray("appearances");
                w.WriteStartObject();
                w.WriteString("key", c.AppearanceId);
                w.WriteString("article", c.Article.Id);
                w.WriteString("quote", c.Quote);
                w.WriteString("kind", c.Kind);
                w.WriteNumber("quoteStart", c.QuoteStart);
                w.WriteNumber("quoteEnd", c.QuoteEnd);
                w.WriteString("createdAt", c.Article.PublishedAt);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteString("createdAt", created);
                w.WriteString("updatedAt", created);
            });
        }

        foreach (var r in archive.Relations)
        {
            await LineAsync(json, output, w =>
            {
                w.WriteString("type", "relation");
                w.WriteString("key", r.Id);
                w.WriteString("from", r.Source);
                w.WriteString("relation", r.Type);
                w.WriteString("to", r.Target);
                w.WriteString("createdAt", r.CreatedAt);
            });
        }
    }

    private static async Task LineAsync(Utf8JsonWriter json, Stream output, Action<Utf8JsonWriter> write)
    {
        json.Reset(output);
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        await json.FlushAsync();
        output.WriteByte((byte)'\n');
    }
}

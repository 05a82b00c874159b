using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// One line of the NDJSON archive that <c>POST /api/import</c> reads and <c>GET /api/export</c> writes:
/// an article, actor, claim or relation. <c>key</c> names the row within the stream so that later (or earlier)
/// lines can refer to it; a key that is a UUID becomes the row's id, and a reference that is a UUID but no key of
/// the stream must be an existing row. Fields that a type does not use must be absent.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ArchiveLine
{
    /// <summary>article, actor, claim or relation.</summary>
    public string? Type { get; set; }
    public string? Key { get; set; }

    // article
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Language { get; set; }
    public string? Body { get; set; }

    // actor
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string>? Aliases { get; set; }
    public string? MemberOf { get; set; }
    public string? WikidataId { get; set; }

    /// <summary>An actor's kind (person...) or a claim's (direct, indirect).</summary>
    public string? Kind { get; set; }

    // claim
    public string? Actor { get; set; }
    public string? Text { get; set; }
    public string? Quote { get; set; }
    public DateTimeOffset? StatedAt { get; set; }
    public bool? EvidenceProvided { get; set; }
    public List<string>? Topics { get; set; }

    /// <summary>Shorthand for one appearance with the claim's quote and kind, as <c>POST /api/claims</c> takes it.</summary>
    public string? Article { get; set; }
    public int? QuoteStart { get; set; }
    public int? QuoteEnd { get; set; }
    public List<ArchiveAppearance>? Appearances { get; set; }

    // relation
    public string? From { get; set; }
    public string? Relation { get; set; }
    public string? To { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}

/// <summary>One article's report of a claim, inside a claim line; the first (lowest id) is the claim's first appearance.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ArchiveAppearance
{
    public string? Key { get; set; }
    public string? Article { get; set; }
    public string? Quote { get; set; }
    public string? Kind { get; set; }
    public int? QuoteStart { get; set; }
    public int? QuoteEnd { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
}

/// <summary>Source-generated reading of archive lines: no reflection on the hot path of a million-line import.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ArchiveLine))]
internal sealed partial class ArchiveLineJson : JsonSerializerContext;

using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Articles;

/// <summary>A news article whose text reports claims.</summary>
public sealed class Article : ITimestamped
{
    public const int MaxBodyLength = 200_000;
    public const int MaxTitleLength = 500;
    public const int MaxUrlLength = 2_000;
    public const int MaxOutletLength = 200;
    public const int MaxLanguageLength = 35;

    public Guid Id { get; init; } = Uuid7.NewId();
    public required string Title { get; set; }
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string Language { get; set; } = "en";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's row version (xmin): the ETag, and the concurrency token of updates.</summary>
    public uint Version { get; set; }
}

using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Claims;

/// <summary>One article's report of a claim: its wording there, and where in the body it stands.</summary>
public sealed class ClaimAppearance
{
    public Guid Id { get; init; } = Uuid7.NewId();
    public Guid ClaimId { get; set; }
    public Claim Claim { get; set; } = null!;
    public Guid ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public string? Quote { get; set; }
    public int? QuoteStart { get; set; }
    public int? QuoteEnd { get; set; }
    public ClaimKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>PostgreSQL's row version (xmin): the ETag.</summary>
    public uint Version { get; set; }
}

using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Claims;

/// <summary>What one actor asserted, as a neutral statement, with where it was reported.</summary>
public sealed class Claim : ITimestamped
{
    public const int MaxTextLength = 2_000;
    public const int MaxQuoteLength = 10_000;

    public Guid Id { get; init; } = Uuid7.NewId();
    public Guid ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public required string Text { get; set; }

    /// <summary>The words as first printed; kept here too for claims that no stored article reports.</summary>
    public string? Quote { get; set; }
    public ClaimKind Kind { get; set; }
    public DateTimeOffset? StatedAt { get; set; }

    /// <summary>True or false when known; null when nobody has judged it.</summary>
    public bool? EvidenceProvided { get; set; }

    /// <summary>Every article that reports the claim; the oldest is the claim's first appearance.</summary>
    public List<ClaimAppearance> Appearances { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

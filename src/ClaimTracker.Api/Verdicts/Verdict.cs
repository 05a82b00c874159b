using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Verdicts;

/// <summary>A fact-checker's rating of a claim. A claim may have several, even disagreeing; all are kept.</summary>
public sealed class Verdict
{
    public const int MaxRatingLength = 200;
    public const int MaxSummaryLength = 2_000;
    public const int MaxReviewerNameLength = 300;
    public const int MaxUrlLength = 2_000;

    public Guid Id { get; init; } = Uuid7.NewId();
    public Guid ClaimId { get; set; }
    public Claim Claim { get; set; } = null!;

    /// <summary>The reviewer when it is a stored actor (media or organization); else <see cref="ReviewerName"/>.</summary>
    public Guid? ReviewerActorId { get; set; }
    public Actor? ReviewerActor { get; set; }
    public string? ReviewerName { get; set; }

    /// <summary>The reviewer's own label, such as "Pants on Fire".</summary>
    public required string Rating { get; set; }
    public RatingValue RatingValue { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? Summary { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A verdict on a common scale, whatever the reviewer's own label.</summary>
public enum RatingValue
{
    False,
    MostlyFalse,
    Mixed,
    MostlyTrue,
    True,
    Unproven,
}

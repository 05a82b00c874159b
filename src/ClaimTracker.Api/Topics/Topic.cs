using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Topics;

/// <summary>An event ("kremlin-drone-incident-2023") or theme ("air-defense") that claims are tagged with.</summary>
public sealed class Topic
{
    public const int MaxSlugLength = 100;

    public Guid Id { get; init; } = Uuid7.NewId();

    /// <summary>Lower-case words joined by hyphens; the topic's name in URLs.</summary>
    public required string Slug { get; set; }
    public List<Claims.Claim> Claims { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

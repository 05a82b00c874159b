using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Actors;

/// <summary>Someone quoted in the news: a person, an organisation, a government.</summary>
public sealed class Actor : ITimestamped
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 1_000;
    public const int MaxAliases = 50;
    public const int MaxWikidataIdLength = 20;

    public Guid Id { get; init; } = Uuid7.NewId();
    public required string Name { get; set; }
    public ActorKind Kind { get; set; }
    public string Description { get; set; } = "";
    public List<ActorAlias> Aliases { get; set; } = [];

    /// <summary>The organisation this actor speaks for (Peskov is a member of the Kremlin).</summary>
    public Guid? MemberOfId { get; set; }
    public Actor? MemberOf { get; set; }
    public string? WikidataId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's row version (xmin): the ETag, and the concurrency token of updates.</summary>
    public uint Version { get; set; }
}

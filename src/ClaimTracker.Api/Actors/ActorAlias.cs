using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Actors;

/// <summary>
/// A name the press uses for an actor ("Kirby", "ISW", "Moscow"). Its own table so that
/// PostgreSQL can enforce that an alias belongs to one actor only.
/// </summary>
public sealed class ActorAlias
{
    public Guid Id { get; init; } = Uuid7.NewId();
    public Guid ActorId { get; set; }
    public required string Name { get; set; }
}

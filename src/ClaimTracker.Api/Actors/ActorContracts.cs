namespace ClaimTracker.Api.Actors;

/// <summary>The body of <c>POST /api/actors</c> and <c>PUT /api/actors/{id}</c>.</summary>
/// <param name="Name">Full name, unique case-insensitively ("John Kirby").</param>
/// <param name="Kind">person, organization, government, media or other.</param>
/// <param name="Description">Role or short description ("Kremlin spokesman").</param>
/// <param name="Aliases">Other names the press uses ("Kirby", "ISW"); each belongs to one actor only.</param>
/// <param name="MemberOfId">The actor this one speaks for (Peskov is a member of the Kremlin).</param>
/// <param name="WikidataId">Wikidata item, e.g. "Q7747".</param>
public sealed record ActorRequest(
    string Name,
    ActorKind? Kind,
    string? Description,
    IReadOnlyList<string>? Aliases,
    Guid? MemberOfId,
    string? WikidataId);

/// <summary>An actor with its aliases and the actor it is a member of.</summary>
public sealed record ActorResponse(
    Guid Id,
    string Name,
    ActorKind Kind,
    string Description,
    IReadOnlyList<string> Aliases,
    ActorRef? MemberOf,
    string? WikidataId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>An actor as other resources refer to it.</summary>
public sealed record ActorRef(Guid Id, string Name, ActorKind Kind);

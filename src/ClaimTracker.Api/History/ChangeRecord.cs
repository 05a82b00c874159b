namespace ClaimTracker.Api.History;

/// <summary>
/// One change of an article, actor, claim or relation (or of an actor's alias or a claim's appearance), written by
/// PostgreSQL triggers in the transaction of the change itself, whatever path made it.
/// </summary>
public sealed class ChangeRecord
{
    public long Id { get; init; }

    /// <summary>The resource whose history this belongs to (an alias belongs to its actor, a relation to both claims).</summary>
    public Guid SubjectId { get; init; }
    public required string EntityType { get; init; }
    public Guid EntityId { get; init; }
    public required string Action { get; init; }

    /// <summary>The name of the API key that made the change (null for changes made outside a request).</summary>
    public string? KeyName { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
}

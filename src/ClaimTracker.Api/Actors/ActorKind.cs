namespace ClaimTracker.Api.Actors;

/// <summary>What sort of speaker an actor is.</summary>
public enum ActorKind
{
    Person,
    Organization,
    Government,
    Media,
    Other,
}

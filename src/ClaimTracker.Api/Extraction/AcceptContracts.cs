using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Extraction;

/// <summary>The body of <c>POST /api/articles/{id}/extractions/accept</c>: the suggestions the editor keeps, possibly edited.</summary>
/// <param name="Suggestions">One item per claim to record (1–200).</param>
public sealed record AcceptExtractionsRequest(IReadOnlyList<AcceptedSuggestion>? Suggestions);

/// <summary>A suggestion to record as a claim that appears in the article at <c>start</c>/<c>end</c>.</summary>
/// <param name="Kind">direct or indirect.</param>
/// <param name="Quote">The words as printed; must equal body[start..end).</param>
/// <param name="Start">Offset of the quote in the article body (UTF-16 code units).</param>
/// <param name="End">Offset just past the quote.</param>
/// <param name="Speaker">A stored actor (<c>id</c>) or a new one (<c>name</c> and <c>kind</c>; an actor of that name is reused).</param>
/// <param name="Text">The claim as a neutral statement; the quote when left out.</param>
/// <param name="EvidenceProvided">Whether the speaker gave evidence; null when unknown.</param>
public sealed record AcceptedSuggestion(
    ClaimKind? Kind,
    string? Quote,
    int? Start,
    int? End,
    AcceptedSpeaker? Speaker,
    string? Text,
    bool? EvidenceProvided);

/// <summary>Who made the claim: <c>id</c> of a stored actor, or <c>name</c> and <c>kind</c> of an actor to find or create.</summary>
public sealed record AcceptedSpeaker(Guid? Id, string? Name, ActorKind? Kind);

/// <summary>What accepting did: one item per accepted suggestion, in order, and the actors it created.</summary>
public sealed record AcceptExtractionsResponse(IReadOnlyList<AcceptedClaim> Claims, IReadOnlyList<ActorRef> CreatedActors);

/// <summary>The claim recorded for a suggestion; <c>created</c> is false when an identical one was there already.</summary>
public sealed record AcceptedClaim(Guid ClaimId, Guid ActorId, bool Created);

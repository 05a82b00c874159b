using ClaimTracker.Api.Actors;

namespace ClaimTracker.Api.Claims;

/// <summary>The body of <c>POST /api/claims/{id}/relations</c>: claim {id} disputes or supports the target.</summary>
/// <param name="Type">disputes or supports.</param>
/// <param name="TargetClaimId">The claim that claim {id} disputes or supports.</param>
public sealed record RelationRequest(ClaimRelationType? Type, Guid TargetClaimId);

/// <summary>Claim <c>source</c> disputes or supports claim <c>target</c>.</summary>
public sealed record RelationResponse(Guid Id, ClaimRelationType Type, ClaimRef Source, ClaimRef Target, DateTimeOffset CreatedAt);

/// <summary>A claim as a relation shows it: its text and who made it.</summary>
public sealed record ClaimRef(Guid Id, string Text, ActorRef Actor);

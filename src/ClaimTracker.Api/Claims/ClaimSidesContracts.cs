using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;

namespace ClaimTracker.Api.Claims;

/// <summary>
/// Who disputes (or supports) a claim: one item per actor, most counter-claims first, then by name; paged by actor
/// like every list (pass <c>nextCursor</c> as <c>?cursor=</c>).
/// </summary>
public sealed record ClaimSidesResponse(ClaimResponse Claim, IReadOnlyList<ClaimSideResponse> Items, string? NextCursor);

/// <summary>An actor on one side of a claim, with the claims by which it takes that side.</summary>
public sealed record ClaimSideResponse(ActorRef Actor, IReadOnlyList<CounterClaimResponse> CounterClaims);

/// <summary>A claim that disputes or supports another, with the relation that links them.</summary>
public sealed record CounterClaimResponse(Guid Id, string Text, string? Quote, ClaimKind Kind, ArticleRef? Article, Guid RelationId);

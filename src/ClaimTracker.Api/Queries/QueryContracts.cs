using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Queries;

/// <summary>The dispute/support graph around a claim, for a frontend to draw.</summary>
/// <param name="Root">The claim the thread was asked for.</param>
/// <param name="Nodes">The claims reached, nearest first; <c>depth</c> is the number of relations from the root.</param>
/// <param name="Edges">Every relation between two of the nodes.</param>
/// <param name="Truncated">True when the graph had more than the node limit and was cut at it.</param>
public sealed record ThreadResponse(Guid Root, IReadOnlyList<ThreadNodeResponse> Nodes, IReadOnlyList<EdgeResponse> Edges, bool Truncated);

/// <summary>A claim in a thread, with its distance from the root.</summary>
public sealed record ThreadNodeResponse(
    Guid Id, string Text, string? Quote, ClaimKind Kind, DateTimeOffset SaidAt, bool? EvidenceProvided, ActorRef Actor, ArticleRef? Article, int Depth);

/// <summary>Claim <c>from</c> disputes or supports claim <c>to</c>; <c>id</c> is the relation.</summary>
public sealed record EdgeResponse(Guid From, Guid To, ClaimRelationType Type, Guid Id);

/// <summary>A claim with how many claims dispute and support it.</summary>
public sealed record CountedClaimResponse(
    Guid Id, string Text, string? Quote, ClaimKind Kind, DateTimeOffset SaidAt, bool? EvidenceProvided, ActorRef Actor, ArticleRef? Article,
    int DisputedCount, int SupportedCount);

/// <summary>
/// An actor on the other side (opponents) or the same side (allies) of an actor's claims: <c>outgoing</c> relations
/// go from the actor's claims to theirs, <c>incoming</c> from theirs to the actor's.
/// </summary>
public sealed record CounterpartResponse(ActorRef Actor, int Outgoing, int Incoming, int Total);

/// <summary>One claim disputing another, between two actors.</summary>
public sealed record DisagreementResponse(Guid RelationId, ClaimSummaryResponse Disputing, ClaimSummaryResponse Disputed);

/// <summary>A contested claim: how many actors and relations dispute it, and who disputes it most.</summary>
public sealed record ContestedClaimResponse(ClaimSummaryResponse Claim, int DisputingActors, int Disputes, IReadOnlyList<DisputerCountResponse> TopDisputers);

/// <summary>An actor and how many of its claims dispute a given claim.</summary>
public sealed record DisputerCountResponse(ActorRef Actor, int CounterClaims);

/// <summary>Everything one article reports, as a graph: actors and claims, who made what, what disputes or supports what.</summary>
public sealed record ArticleGraphResponse(ArticleRef Article, IReadOnlyList<GraphNodeResponse> Nodes, IReadOnlyList<GraphEdgeResponse> Edges);

/// <summary>
/// An actor or a claim. <c>inArticle</c> tells claims the article reports from claims of other articles that
/// relate to them (and actors quoted in the article from others).
/// </summary>
public sealed record GraphNodeResponse(Guid Id, GraphNodeType Type, string Label, bool InArticle, ActorRef? Actor, ClaimSummaryResponse? Claim);

/// <summary><c>made</c>: actor → claim; <c>disputes</c>/<c>supports</c>: claim → claim (with the relation id).</summary>
public sealed record GraphEdgeResponse(Guid From, Guid To, GraphEdgeType Type, Guid? RelationId);

/// <summary>What a graph node stands for.</summary>
public enum GraphNodeType
{
    Actor,
    Claim,
}

/// <summary>What a graph edge means.</summary>
public enum GraphEdgeType
{
    Made,
    Disputes,
    Supports,
}

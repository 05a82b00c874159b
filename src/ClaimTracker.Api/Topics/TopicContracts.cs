using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Topics;

/// <summary>The body of <c>PUT /api/claims/{id}/topics</c>: the claim's topics, replacing those it had.</summary>
/// <param name="Topics">Slugs: lower-case words joined by hyphens ("kremlin-drone-incident-2023"). New ones are created.</param>
public sealed record ClaimTopicsRequest(IReadOnlyList<string> Topics);

/// <summary>The topics a claim is tagged with, in alphabetical order.</summary>
public sealed record ClaimTopicsResponse(Guid ClaimId, IReadOnlyList<string> Topics);

/// <summary>A topic and how many claims are tagged with it.</summary>
public sealed record TopicResponse(string Slug, int ClaimCount, DateTimeOffset CreatedAt);

/// <summary>A claim in a topic's timeline: who said it, where it first appeared, and who disputes or supports it.</summary>
public sealed record TimelineEntryResponse(
    ClaimSummaryResponse Claim,
    AppearanceResponse? FirstAppearance,
    IReadOnlyList<SideTakerResponse> DisputedBy,
    IReadOnlyList<SideTakerResponse> SupportedBy);

/// <summary>An actor who disputes or supports a claim, through which claim and relation.</summary>
public sealed record SideTakerResponse(ActorRef Actor, Guid ClaimId, Guid RelationId);

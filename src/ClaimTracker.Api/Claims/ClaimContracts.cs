using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Verdicts;

namespace ClaimTracker.Api.Claims;

/// <summary>The body of <c>POST /api/claims</c> and <c>PUT /api/claims/{id}</c>.</summary>
/// <param name="ActorId">Who asserted it.</param>
/// <param name="ArticleId">The article that reported it (its first appearance).</param>
/// <param name="Text">The claim as a neutral statement.</param>
/// <param name="Quote">The exact words as printed.</param>
/// <param name="Kind">direct (a quote) or indirect (reported speech).</param>
/// <param name="QuoteStart">Offset of the quote in the article body (UTF-16 code units, inclusive); needs articleId, quote and quoteEnd.</param>
/// <param name="QuoteEnd">Offset just past the quote; body[quoteStart..quoteEnd) must equal quote.</param>
/// <param name="StatedAt">When the actor said it.</param>
/// <param name="EvidenceProvided">Whether the speaker gave evidence; null when unknown.</param>
public sealed record ClaimRequest(
    Guid ActorId,
    Guid? ArticleId,
    string Text,
    string? Quote,
    ClaimKind? Kind,
    int? QuoteStart,
    int? QuoteEnd,
    DateTimeOffset? StatedAt,
    bool? EvidenceProvided);

/// <summary>The body of <c>POST /api/claims/{id}/appearances</c>: another article reporting the claim.</summary>
public sealed record AppearanceRequest(Guid ArticleId, string? Quote, ClaimKind? Kind, int? QuoteStart, int? QuoteEnd);

/// <summary>
/// A claim with its actor. <c>article</c>, <c>quote</c>, <c>kind</c> and the offsets are those of its first
/// appearance; <c>appearances</c> lists every article that reports it, oldest first. <c>saidAt</c> is when it was
/// made as lists sort it: statedAt, else the first article's publication date, else when it was recorded.
/// <c>verdicts</c> counts fact-checkers' ratings and lists each reviewer's rating value.
/// </summary>
public sealed record ClaimResponse(
    Guid Id,
    string Text,
    string? Quote,
    ClaimKind Kind,
    int? QuoteStart,
    int? QuoteEnd,
    DateTimeOffset? StatedAt,
    bool? EvidenceProvided,
    ActorRef Actor,
    ArticleRef? Article,
    IReadOnlyList<AppearanceResponse> Appearances,
    IReadOnlyList<string> Topics,
    DateTimeOffset SaidAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    VerdictSummary Verdicts);

/// <summary>
/// A claim as the query layer lists it: who said it, when (<c>saidAt</c>: statedAt, else its first article's
/// publication date, else when it was recorded), and its first article.
/// </summary>
public sealed record ClaimSummaryResponse(
    Guid Id,
    string Text,
    string? Quote,
    ClaimKind Kind,
    DateTimeOffset SaidAt,
    bool? EvidenceProvided,
    ActorRef Actor,
    ArticleRef? Article);

/// <summary>One article's report of a claim.</summary>
public sealed record AppearanceResponse(
    Guid Id,
    ArticleRef Article,
    string? Quote,
    ClaimKind Kind,
    int? QuoteStart,
    int? QuoteEnd,
    DateTimeOffset CreatedAt);

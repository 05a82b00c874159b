using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Data;
using ClaimTracker.Api.Verdicts;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

public static class ClaimMapping
{
    /// <summary>Projects claims to responses in SQL; call <see cref="WithFirstAppearance"/> on each result.</summary>
    public static IQueryable<ClaimResponse> SelectResponses(this IQueryable<Claim> claims) => claims.Select(ToResponse);

    /// <summary>The projection of <see cref="SelectResponses"/>, as an expression that compiled queries can inline.</summary>
    internal static readonly System.Linq.Expressions.Expression<Func<Claim, ClaimResponse>> ToResponse =
        c => new ClaimResponse(
            c.Id,
            c.Text,
            c.Quote,
            c.Kind,
            null,
            null,
            c.StatedAt,
            c.EvidenceProvided,
            new ActorRef(c.Actor.Id, c.Actor.Name, c.Actor.Kind),
            null,
            c.Appearances
                .OrderBy(a => a.Id)
                .Select(a => new AppearanceResponse(
                    a.Id,
                    new ArticleRef(a.Article.Id, a.Article.Title, a.Article.Url, a.Article.Outlet, a.Article.PublishedAt),
                    a.Quote,
                    a.Kind,
                    a.QuoteStart,
                    a.QuoteEnd,
                    a.CreatedAt))
                .ToList(),
            c.Topics.OrderBy(t => t.Slug).Select(t => t.Slug).ToList(),
            c.SaidAt,
            c.CreatedAt,
            c.UpdatedAt,
            new VerdictSummary(
                c.Verdicts.Count,
                c.Verdicts
                    .OrderBy(v => v.Id)
                    .Select(v => new VerdictBrief(v.ReviewerActor != null ? v.ReviewerActor.Name : v.ReviewerName!, v.RatingValue))
                    .ToList()));

    /// <summary>Projects claims to the summaries the query layer lists, in SQL.</summary>
    public static IQueryable<ClaimSummaryResponse> SelectSummaries(this IQueryable<Claim> claims) =>
        claims.Select(c => new ClaimSummaryResponse(
            c.Id,
            c.Text,
            c.Quote,
            c.Kind,
            c.SaidAt,
            c.EvidenceProvided,
            new ActorRef(c.Actor.Id, c.Actor.Name, c.Actor.Kind),
            c.FirstArticle == null
                ? null
                : new ArticleRef(c.FirstArticle.Id, c.FirstArticle.Title, c.FirstArticle.Url, c.FirstArticle.Outlet, c.FirstArticle.PublishedAt)));

    /// <summary>Full responses (first appearance filled in) of the claims with these ids, keyed by id, in one query.</summary>
    public static async Task<Dictionary<Guid, ClaimResponse>> LoadResponsesAsync(
        this ClaimTrackerDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).SelectResponses().ToListAsync(ct))
            .ToDictionary(c => c.Id, c => c.WithFirstAppearance());

    /// <summary>Summaries of the claims with these ids, keyed by id, in one query.</summary>
    public static Task<Dictionary<Guid, ClaimSummaryResponse>> LoadSummariesAsync(
        this ClaimTrackerDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).SelectSummaries().ToDictionaryAsync(c => c.Id, ct);

    /// <summary>Fills the claim's article, quote, kind and offsets from its first (oldest) appearance.</summary>
    public static ClaimResponse WithFirstAppearance(this ClaimResponse claim) =>
        claim.Appearances is [var first, ..]
            ? claim with
            {
                Article = first.Article,
                Quote = first.Quote ?? claim.Quote,
                Kind = first.Kind,
                QuoteStart = first.QuoteStart,
                QuoteEnd = first.QuoteEnd,
            }
            : claim;
}

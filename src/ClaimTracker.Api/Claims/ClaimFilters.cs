using ClaimTracker.Api.Common;
using ClaimTracker.Api.Verdicts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Api.Claims;

/// <summary>The filters of <c>GET /api/claims</c>, parsed and checked.</summary>
public sealed record ClaimFilters(
    Guid? ActorId,
    Guid? ArticleId,
    bool? EvidenceProvided,
    ClaimKind? Kind,
    DateRange Period,
    bool? Disputed,
    RatingValue? Verdict = null)
{
    public static bool TryCreate(
        Guid? actorId, Guid? articleId, bool? evidenceProvided, string? kind, string? from, string? to, bool? disputed,
        string? verdict, out ClaimFilters filters, out ValidationProblem? problem)
    {
        filters = null!;
        if (!EnumQuery.TryParse<ClaimKind>(kind, "kind", out var claimKind, out problem)
            || !DateRange.TryParse(from, to, out var period, out problem)
            || !EnumQuery.TryParse<RatingValue>(verdict, "verdict", out var ratingValue, out problem))
        {
            return false;
        }

        filters = new ClaimFilters(actorId, articleId, evidenceProvided, claimKind, period, disputed, ratingValue);
        return true;
    }

    public IQueryable<Claim> Apply(IQueryable<Claim> claims)
    {
        if (ActorId is { } actor)
        {
            claims = claims.Where(c => c.ActorId == actor);
        }

        if (ArticleId is { } article)
        {
            claims = claims.Where(c => c.Appearances.Any(a => a.ArticleId == article));
        }

        if (EvidenceProvided is { } evidence)
        {
            claims = claims.Where(c => c.EvidenceProvided == evidence);
        }

        if (Kind is { } kind)
        {
            claims = claims.Where(c => c.Kind == kind);
        }

        if (Period.From is { } from)
        {
            claims = claims.Where(c => c.SaidAt >= from);
        }

        if (Period.To is { } to)
        {
            claims = claims.Where(c => c.SaidAt < to);
        }

        if (Disputed is { } disputed)
        {
            claims = claims.Where(c => c.DisputeCount > 0 == disputed);
        }

        if (Verdict is { } rating)
        {
            claims = claims.Where(c => c.Verdicts.Any(v => v.RatingValue == rating));
        }

        return claims;
    }
}

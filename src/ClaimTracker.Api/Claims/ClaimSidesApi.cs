using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

/// <summary>"Who disputes this claim?" and "who supports it?".</summary>
public static class ClaimSidesApi
{
    public static RouteGroupBuilder MapClaimSides(this RouteGroupBuilder claims)
    {
        claims.MapGet("/{id}/disputers", GetDisputers).WithName("GetDisputers")
            .WithSummary("Who disputes this claim: one item per actor with their counter-claims, most first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapGet("/{id}/supporters", GetSupporters).WithName("GetSupporters")
            .WithSummary("Who supports this claim: one item per actor with their supporting claims, most first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return claims;
    }

    /// <param name="id">The claim.</param>
    /// <param name="byOrganization">Fold each actor into the organisation it is a member of (Kirby into the United
    /// States government), so that an organisation and its people count as one side.</param>
    public static Task<Results<Ok<ClaimSidesResponse>, ProblemHttpResult>> GetDisputers(
        Guid id, bool? byOrganization, ClaimTrackerDbContext db, CancellationToken ct) =>
        GetSideAsync(db, id, ClaimRelationType.Disputes, byOrganization == true, ct);

    /// <param name="id">The claim.</param>
    /// <param name="byOrganization">Fold each actor into the organisation it is a member of.</param>
    public static Task<Results<Ok<ClaimSidesResponse>, ProblemHttpResult>> GetSupporters(
        Guid id, bool? byOrganization, ClaimTrackerDbContext db, CancellationToken ct) =>
        GetSideAsync(db, id, ClaimRelationType.Supports, byOrganization == true, ct);

    private static async Task<Results<Ok<ClaimSidesResponse>, ProblemHttpResult>> GetSideAsync(
        ClaimTrackerDbContext db, Guid id, ClaimRelationType type, bool byOrganization, CancellationToken ct)
    {
        var claim = await ClaimsApi.LoadAsync(db, id, ct);
        if (claim is null)
        {
            return Problems.NotFound("Claim", id);
        }

        var rows = await db.ClaimRelations.AsNoTracking()
            .Where(r => r.TargetClaimId == id && r.Type == type)
            .Select(r => new
            {
                Actor = new ActorRef(r.SourceClaim.Actor.Id, r.SourceClaim.Actor.Name, r.SourceClaim.Actor.Kind),
                Organization = r.SourceClaim.Actor.MemberOf == null
                    ? null
                    : new ActorRef(r.SourceClaim.Actor.MemberOf.Id, r.SourceClaim.Actor.MemberOf.Name, r.SourceClaim.Actor.MemberOf.Kind),
                Claim = new CounterClaimResponse(
                    r.SourceClaim.Id,
                    r.SourceClaim.Text,
                    r.SourceClaim.Quote,
                    r.SourceClaim.Kind,
                    r.SourceClaim.Appearances
                        .OrderBy(a => a.Id)
                        .Select(a => new ArticleRef(a.Article.Id, a.Article.Title, a.Article.Url, a.Article.Outlet, a.Article.PublishedAt))
                        .FirstOrDefault(),
                    r.Id),
            })
            .ToListAsync(ct);

        var items = rows
            .GroupBy(r => byOrganization ? r.Organization ?? r.Actor : r.Actor)
            .Select(g => new ClaimSideResponse(g.Key, g.Select(r => r.Claim).OrderBy(c => c.Id).ToList()))
            .OrderByDescending(s => s.CounterClaims.Count)
            .ThenBy(s => s.Actor.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return TypedResults.Ok(new ClaimSidesResponse(claim, items));
    }
}

using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

/// <summary>"Who disputes this claim?" and "who supports it?": one item per actor, most counter-claims first, then by name.</summary>
public static class ClaimSidesApi
{
    public static RouteGroupBuilder MapClaimSides(this RouteGroupBuilder claims)
    {
        claims.MapGet("/{id}/disputers", GetDisputers).WithName("GetDisputers").ReadsFromReplica()
            .WithSummary("Who disputes this claim: one item per actor with their counter-claims, most first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapGet("/{id}/supporters", GetSupporters).WithName("GetSupporters").ReadsFromReplica()
            .WithSummary("Who supports this claim: one item per actor with their supporting claims, most first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return claims;
    }

    /// <param name="id">The claim.</param>
    /// <param name="byOrganization">Fold each actor into the organisation it is a member of (Kirby into the United
    /// States government), so that an organisation and its people count as one side.</param>
    /// <param name="limit">Actors per page, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static Task<Results<Ok<ClaimSidesResponse>, ValidationProblem, ProblemHttpResult>> GetDisputers(
        Guid id, bool? byOrganization, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct) =>
        GetSideAsync(db, id, ClaimRelationType.Disputes, byOrganization == true, limit, cursor, ct);

    /// <param name="id">The claim.</param>
    /// <param name="byOrganization">Fold each actor into the organisation it is a member of.</param>
    /// <param name="limit">Actors per page, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static Task<Results<Ok<ClaimSidesResponse>, ValidationProblem, ProblemHttpResult>> GetSupporters(
        Guid id, bool? byOrganization, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct) =>
        GetSideAsync(db, id, ClaimRelationType.Supports, byOrganization == true, limit, cursor, ct);

    private static async Task<Results<Ok<ClaimSidesResponse>, ValidationProblem, ProblemHttpResult>> GetSideAsync(
        ClaimTrackerDbContext db, Guid id, ClaimRelationType type, bool byOrganization, int? limit, string? cursor, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem) || !RankKey.TryParse(page.After, out var after))
        {
            return problem ?? Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        var claim = await ClaimsApi.LoadAsync(db, id, ct);
        if (claim is null)
        {
            return Problems.NotFound("Claim", id);
        }

        // Each relation counts for the actor who made the source claim, or for that actor's organisation.
        var sided = db.ClaimRelations.AsNoTracking()
            .Where(r => r.TargetClaimId == id && r.Type == type)
            .Select(r => new
            {
                Side = byOrganization ? r.SourceClaim.Actor.MemberOfId ?? r.SourceClaim.ActorId : r.SourceClaim.ActorId,
                Relation = r,
            });
        var ranked = from s in sided.GroupBy(x => x.Side).Select(g => new { ActorId = g.Key, Count = g.Count() })
                     join a in db.Actors on s.ActorId equals a.Id
                     select new { a.Id, a.Name, a.Kind, s.Count };
        if (after is { } key)
        {
            ranked = ranked.Where(r => r.Count < key.Count
                || (r.Count == key.Count && string.Compare(r.Name, key.Name) > 0)
                || (r.Count == key.Count && r.Name == key.Name && r.Id > key.Id));
        }

        var sides = await ranked.OrderByDescending(r => r.Count).ThenBy(r => r.Name).ThenBy(r => r.Id).Take(page.Limit + 1).ToListAsync(ct);
        var result = page.ToPage(sides, s => new RankKey(s.Count, s.Name, s.Id).ToString());
        var sideIds = result.Items.Select(s => s.Id).ToList();

        var counterClaims = (await sided
            .Where(x => sideIds.Contains(x.Side))
            .OrderBy(x => x.Relation.SourceClaimId)
            .Select(x => new
            {
                x.Side,
                Claim = new CounterClaimResponse(
                    x.Relation.SourceClaim.Id,
                    x.Relation.SourceClaim.Text,
                    x.Relation.SourceClaim.Quote,
                    x.Relation.SourceClaim.Kind,
                    x.Relation.SourceClaim.FirstArticle == null
                        ? null
                        : new ArticleRef(
                            x.Relation.SourceClaim.FirstArticle.Id,
                            x.Relation.SourceClaim.FirstArticle.Title,
                            x.Relation.SourceClaim.FirstArticle.Url,
                            x.Relation.SourceClaim.FirstArticle.Outlet,
                            x.Relation.SourceClaim.FirstArticle.PublishedAt),
                    x.Relation.Id),
            })
            .ToListAsync(ct))
            .ToLookup(x => x.Side, x => x.Claim);

        var items = result.Items
            .Select(s => new ClaimSideResponse(new ActorRef(s.Id, s.Name, s.Kind), counterClaims[s.Id].ToList()))
            .ToList();
        return TypedResults.Ok(new ClaimSidesResponse(claim, items, result.NextCursor));
    }
}

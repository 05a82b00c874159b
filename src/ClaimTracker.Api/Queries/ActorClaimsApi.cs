using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Queries;

/// <summary><c>GET /api/actors/{id}/claims</c>: what an actor has claimed, newest first, with dispute and support counts.</summary>
public static class ActorClaimsApi
{
    /// <param name="id">The actor.</param>
    /// <param name="from">Only claims said at or after this date or date-time.</param>
    /// <param name="to">Only claims said before the end of this date, or before this date-time.</param>
    /// <param name="disputed">Only claims that some claim disputes (true) or that none does (false).</param>
    /// <param name="includeMembers">Also the claims of the actor's members, and of their members in turn
    /// (the Kremlin's spokesman speaks for the Kremlin).</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<CountedClaimResponse>>, ValidationProblem, ProblemHttpResult>> ListActorClaims(
        Guid id, string? from, string? to, bool? disputed, bool? includeMembers, int? limit, string? cursor,
        ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem)
            || !ClaimFilters.TryCreate(null, null, null, null, from, to, disputed, null, out var filters, out problem))
        {
            return problem!;
        }

        if (!TimeKey.TryParse(page.After, out var after))
        {
            return Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        if (!await db.Actors.AnyAsync(a => a.Id == id, ct))
        {
            return Problems.NotFound("Actor", id);
        }

        List<Guid> actorIds = includeMembers == true ? await Memberships.SelfAndMembersAsync(db, id, ct) : [id];
        var claims = filters.Apply(db.Claims.AsNoTracking()).Where(c => actorIds.Contains(c.ActorId));
        if (after is { } key)
        {
            claims = claims.Where(c => c.SaidAt < key.Time || (c.SaidAt == key.Time && c.Id < key.Id));
        }

        var rows = await claims
            .OrderByDescending(c => c.SaidAt)
            .ThenByDescending(c => c.Id)
            .Take(page.Limit + 1)
            .Select(c => new CountedClaimResponse(
                c.Id,
                c.Text,
                c.Quote,
                c.Kind,
                c.SaidAt,
                c.EvidenceProvided,
                new ActorRef(c.Actor.Id, c.Actor.Name, c.Actor.Kind),
                c.FirstArticle == null
                    ? null
                    : new ArticleRef(c.FirstArticle.Id, c.FirstArticle.Title, c.FirstArticle.Url, c.FirstArticle.Outlet, c.FirstArticle.PublishedAt),
                c.DisputeCount,
                c.SupportCount))
            .ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, c => new TimeKey(c.SaidAt, c.Id).ToString()));
    }
}

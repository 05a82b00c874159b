using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Queries;

/// <summary><c>GET /api/actors/{id}/opponents</c> and <c>/allies</c>: who is on the other (same) side of an actor's claims.</summary>
public static class CounterpartsApi
{
    /// <param name="id">The actor.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static Task<Results<Ok<Page<CounterpartResponse>>, ValidationProblem, ProblemHttpResult>> ListOpponents(
        Guid id, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct) =>
        ListAsync(db, id, ClaimRelationType.Disputes, limit, cursor, ct);

    /// <param name="id">The actor.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static Task<Results<Ok<Page<CounterpartResponse>>, ValidationProblem, ProblemHttpResult>> ListAllies(
        Guid id, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct) =>
        ListAsync(db, id, ClaimRelationType.Supports, limit, cursor, ct);

    private static async Task<Results<Ok<Page<CounterpartResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimTrackerDbContext db, Guid id, ClaimRelationType type, int? limit, string? cursor, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }

        if (!RankKey.TryParse(page.After, out var after))
        {
            return Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        if (!await db.Actors.AnyAsync(a => a.Id == id, ct))
        {
            return Problems.NotFound("Actor", id);
        }

        var relations = db.ClaimRelations.AsNoTracking().Where(r => r.Type == type);
        var outgoing = relations
            .Where(r => r.SourceClaim.ActorId == id && r.TargetClaim.ActorId != id)
            .Select(r => new { Other = r.TargetClaim.ActorId, Out = 1, In = 0 });
        var incoming = relations
            .Where(r => r.TargetClaim.ActorId == id && r.SourceClaim.ActorId != id)
            .Select(r => new { Other = r.SourceClaim.ActorId, Out = 0, In = 1 });
        var counts = outgoing.Concat(incoming)
            .GroupBy(x => x.Other)
            .Select(g => new { ActorId = g.Key, Out = g.Sum(x => x.Out), In = g.Sum(x => x.In) });
        var rows = from c in counts
                   join a in db.Actors on c.ActorId equals a.Id
                   select new { a.Id, a.Name, a.Kind, c.Out, c.In, Total = c.Out + c.In };

        if (after is { } key)
        {
            var (total, name, actorId) = key;
            rows = rows.Where(r => r.Total < total
                || (r.Total == total && string.Compare(r.Name, name) > 0)
                || (r.Total == total && r.Name == name && r.Id > actorId));
        }

        var list = await rows.OrderByDescending(r => r.Total).ThenBy(r => r.Name).ThenBy(r => r.Id).Take(page.Limit + 1).ToListAsync(ct);
        var items = list.Select(r => new CounterpartResponse(new ActorRef(r.Id, r.Name, r.Kind), r.Out, r.In, r.Total)).ToList();
        return TypedResults.Ok(page.ToPage(items, c => new RankKey(c.Total, c.Actor.Name, c.Actor.Id).ToString()));
    }
}

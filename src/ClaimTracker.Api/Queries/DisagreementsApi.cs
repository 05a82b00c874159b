using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Queries;

/// <summary><c>GET /api/actors/{a}/disagreements/{b}</c>: where two actors dispute each other's claims.</summary>
public static class DisagreementsApi
{
    /// <param name="id">One actor.</param>
    /// <param name="otherId">The other actor.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<DisagreementResponse>>, ValidationProblem, ProblemHttpResult>> ListDisagreements(
        Guid id, Guid otherId, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }

        if (!TimeKey.TryParse(page.After, out var after))
        {
            return Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        if (id == otherId)
        {
            return Problems.Invalid("otherId", "Name two different actors.");
        }

        var found = await db.Actors.Where(a => a.Id == id || a.Id == otherId).Select(a => a.Id).ToListAsync(ct);
        if (!found.Contains(id) || !found.Contains(otherId))
        {
            return Problems.NotFound("Actor", found.Contains(id) ? otherId : id);
        }

        var disputes = db.ClaimRelations.AsNoTracking().Where(r => r.Type == ClaimRelationType.Disputes
            && ((r.SourceClaim.ActorId == id && r.TargetClaim.ActorId == otherId)
                || (r.SourceClaim.ActorId == otherId && r.TargetClaim.ActorId == id)));
        if (after is { } key)
        {
            disputes = disputes.Where(r => r.SourceClaim.SaidAt > key.Time || (r.SourceClaim.SaidAt == key.Time && r.Id > key.Id));
        }

        // Oldest first: by when the disputing claim was made, then by the relation.
        var rows = await disputes
            .OrderBy(r => r.SourceClaim.SaidAt)
            .ThenBy(r => r.Id)
            .Take(page.Limit + 1)
            .Select(r => new { r.Id, r.SourceClaimId, r.TargetClaimId, r.SourceClaim.SaidAt })
            .ToListAsync(ct);
        var claims = await db.LoadSummariesAsync(rows.SelectMany(r => new[] { r.SourceClaimId, r.TargetClaimId }).Distinct().ToList(), ct);

        var result = page.ToPage(rows, r => new TimeKey(r.SaidAt, r.Id).ToString());
        var items = result.Items.Select(r => new DisagreementResponse(r.Id, claims[r.SourceClaimId], claims[r.TargetClaimId])).ToList();
        return TypedResults.Ok(new Page<DisagreementResponse>(items, result.NextCursor));
    }
}

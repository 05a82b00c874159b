using System.Globalization;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Queries;

/// <summary><c>GET /api/claims/contested</c>: the most disputed claims of a period.</summary>
public static class ContestedApi
{
    private const int TopDisputers = 3;

    /// <param name="from">Only claims said at or after this date or date-time.</param>
    /// <param name="to">Only claims said before the end of this date, or before this date-time.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<ContestedClaimResponse>>, ValidationProblem>> ListContested(
        string? from, string? to, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem) || !DateRange.TryParse(from, to, out var period, out problem))
        {
            return problem!;
        }

        if (!TryParseKey(page.After, out var after))
        {
            return Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        // dispute_count and disputing_actor_count are kept on the claim by triggers, so the ranking is an index scan
        // (ix_claims_contested) rather than an aggregate over every relation of the period.
        var contested = db.Claims.AsNoTracking().Where(c => c.DisputeCount > 0);
        if (period.From is { } start)
        {
            contested = contested.Where(c => c.SaidAt >= start);
        }

        if (period.To is { } end)
        {
            contested = contested.Where(c => c.SaidAt < end);
        }

        if (after is { } key)
        {
            var (actors, relations, claimId) = key;
            contested = contested.Where(c => c.DisputingActorCount < actors
                || (c.DisputingActorCount == actors && c.DisputeCount < relations)
                || (c.DisputingActorCount == actors && c.DisputeCount == relations && c.Id > claimId));
        }

        var rows = await contested
            .OrderByDescending(c => c.DisputingActorCount)
            .ThenByDescending(c => c.DisputeCount)
            .ThenBy(c => c.Id)
            .Take(page.Limit + 1)
            .Select(c => new { ClaimId = c.Id, Actors = c.DisputingActorCount, Relations = c.DisputeCount })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.ClaimId).ToList();
        var claims = await db.LoadSummariesAsync(ids, ct);
        var disputers = (await db.ClaimRelations.AsNoTracking()
            .Where(r => r.Type == ClaimRelationType.Disputes && ids.Contains(r.TargetClaimId))
            .GroupBy(r => new { r.TargetClaimId, r.SourceClaim.Actor.Id, r.SourceClaim.Actor.Name, r.SourceClaim.Actor.Kind })
            .Select(g => new { g.Key.TargetClaimId, Actor = new ActorRef(g.Key.Id, g.Key.Name, g.Key.Kind), Count = g.Count() })
            .ToListAsync(ct))
            .ToLookup(d => d.TargetClaimId);

        var result = page.ToPage(rows, r => string.Create(CultureInfo.InvariantCulture, $"{r.Actors}|{r.Relations}|{r.ClaimId:N}"));
        var items = result.Items.Select(r => new ContestedClaimResponse(
            claims[r.ClaimId],
            r.Actors,
            r.Relations,
            disputers[r.ClaimId]
                .OrderByDescending(d => d.Count)
                .ThenBy(d => d.Actor.Name, StringComparer.OrdinalIgnoreCase)
                .Take(TopDisputers)
                .Select(d => new DisputerCountResponse(d.Actor, d.Count))
                .ToList())).ToList();
        return TypedResults.Ok(new Page<ContestedClaimResponse>(items, result.NextCursor));
    }

    private static bool TryParseKey(string? key, out (int Actors, int Relations, Guid ClaimId)? after)
    {
        after = null;
        if (key is null)
        {
            return true;
        }

        var parts = key.Split('|');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var actors)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var relations)
            && Guid.TryParseExact(parts[2], "N", out var id))
        {
            after = (actors, relations, id);
            return true;
        }

        return false;
    }
}

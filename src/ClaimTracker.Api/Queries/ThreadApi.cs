using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Queries;

/// <summary><c>GET /api/claims/{id}/thread</c>: the dispute/support graph around a claim, both directions.</summary>
public static class ThreadApi
{
    public const int DefaultDepth = 3;
    public const int MaxDepth = 10;
    public const int MaxNodes = 500;

    /// <param name="id">The claim at the root of the thread.</param>
    /// <param name="depth">How many relations away from the root to go, 1–10 (default 3).</param>
    public static async Task<Results<Ok<ThreadResponse>, ValidationProblem, ProblemHttpResult>> GetThread(
        Guid id, int? depth, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (depth is < 1 or > MaxDepth)
        {
            return Problems.Invalid("depth", $"'depth' must be between 1 and {MaxDepth}.");
        }

        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return Problems.NotFound("Claim", id);
        }

        var (depths, truncated) = await WalkAsync(db, id, depth ?? DefaultDepth, ct);
        var ids = depths.Keys.ToList();
        var claims = await db.LoadSummariesAsync(ids, ct);
        var edges = await db.ClaimRelations.AsNoTracking()
            .Where(r => ids.Contains(r.SourceClaimId) && ids.Contains(r.TargetClaimId))
            .OrderBy(r => r.Id)
            .Select(r => new EdgeResponse(r.SourceClaimId, r.TargetClaimId, r.Type, r.Id))
            .ToListAsync(ct);

        var nodes = ids.Select(claimId => claims[claimId]).Select(c => new ThreadNodeResponse(
            c.Id, c.Text, c.Quote, c.Kind, c.SaidAt, c.EvidenceProvided, c.Actor, c.Article, depths[c.Id])).ToList();
        return TypedResults.Ok(new ThreadResponse(id, nodes, edges, truncated));
    }

    /// <summary>
    /// Breadth-first over relations in either direction, one query per level (so at most <see cref="MaxDepth"/>),
    /// with a visited set: a cycle is never walked twice, and each claim keeps its shortest distance. The walk stops
    /// at the depth limit or as soon as <see cref="MaxNodes"/> claims are reached, before fetching a hub's
    /// thousands of neighbours' neighbours; a recursive CTE would compute the whole reach first and cut it after.
    /// </summary>
    private static async Task<(Dictionary<Guid, int> Depths, bool Truncated)> WalkAsync(
        ClaimTrackerDbContext db, Guid root, int maxDepth, CancellationToken ct)
    {
        var depths = new Dictionary<Guid, int> { [root] = 0 };
        List<Guid> frontier = [root];
        for (var level = 1; level <= maxDepth && frontier.Count > 0; level++)
        {
            var from = frontier;
            var relations = await db.ClaimRelations.AsNoTracking()
                .Where(r => from.Contains(r.SourceClaimId) || from.Contains(r.TargetClaimId))
                .Select(r => new { r.SourceClaimId, r.TargetClaimId })
                .ToListAsync(ct);
            frontier = relations
                .SelectMany(r => new[] { r.SourceClaimId, r.TargetClaimId })
                .Where(claim => !depths.ContainsKey(claim))
                .Distinct()
                .Order()
                .ToList();
            var room = MaxNodes - depths.Count;
            foreach (var claim in frontier.Take(room))
            {
                depths[claim] = level;
            }

            if (frontier.Count > room)
            {
                return (depths, true);
            }
        }

        return (depths, false);
    }
}

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

        // Breadth-first over relations in either direction. UNION drops a (claim, depth) row already reached, so a
        // cycle is walked at most once per level and the walk ends at the depth limit; min(depth) keeps the
        // shortest distance of each claim.
        var maxDepth = depth ?? DefaultDepth;
        var reached = await db.Database.SqlQuery<ReachedClaim>($"""
            WITH RECURSIVE reach(claim_id, depth) AS (
                SELECT {id}::uuid, 0
              UNION
                SELECT next.claim_id, reach.depth + 1
                  FROM reach
                  CROSS JOIN LATERAL (
                      SELECT r.target_claim_id AS claim_id FROM claim_relations r WHERE r.source_claim_id = reach.claim_id
                      UNION ALL
                      SELECT r.source_claim_id FROM claim_relations r WHERE r.target_claim_id = reach.claim_id
                  ) AS next
                 WHERE reach.depth < {maxDepth}
            )
            SELECT claim_id, min(depth) AS depth
              FROM reach
             GROUP BY claim_id
             ORDER BY min(depth), claim_id
             LIMIT {MaxNodes + 1}
            """).ToListAsync(ct);

        var truncated = reached.Count > MaxNodes;
        var depths = reached.Take(MaxNodes).ToDictionary(r => r.ClaimId, r => r.Depth);
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

    private sealed record ReachedClaim(Guid ClaimId, int Depth);
}

using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Queries;

/// <summary><c>GET /api/articles/{id}/graph</c>: the actors and claims an article reports, and how they relate.</summary>
public static class ArticleGraphApi
{
    /// <param name="id">The article.</param>
    public static async Task<Results<Ok<ArticleGraphResponse>, ProblemHttpResult>> GetArticleGraph(
        Guid id, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleRef(a.Id, a.Title, a.Url, a.Outlet, a.PublishedAt))
            .FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return Problems.NotFound("Article", id);
        }

        var inArticle = await db.ClaimAppearances.AsNoTracking()
            .Where(a => a.ArticleId == id)
            .Select(a => a.ClaimId)
            .ToListAsync(ct);

        // Relations from or to the article's claims, wherever the other claim was reported.
        var relations = await db.ClaimRelations.AsNoTracking()
            .Where(r => inArticle.Contains(r.SourceClaimId) || inArticle.Contains(r.TargetClaimId))
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.SourceClaimId, r.TargetClaimId, r.Type })
            .ToListAsync(ct);

        var claimIds = inArticle.Concat(relations.Select(r => r.SourceClaimId)).Concat(relations.Select(r => r.TargetClaimId)).ToHashSet();
        var claims = (await db.LoadSummariesAsync(claimIds, ct)).Values.OrderBy(c => c.Id).ToList();
        var reported = inArticle.ToHashSet();

        var actors = claims
            .GroupBy(c => c.Actor)
            .Select(g => new GraphNodeResponse(g.Key.Id, GraphNodeType.Actor, g.Key.Name, g.Any(c => reported.Contains(c.Id)), g.Key, null));
        var claimNodes = claims.Select(c => new GraphNodeResponse(c.Id, GraphNodeType.Claim, c.Text, reported.Contains(c.Id), null, c));
        var made = claims.Select(c => new GraphEdgeResponse(c.Actor.Id, c.Id, GraphEdgeType.Made, null));
        var related = relations.Select(r => new GraphEdgeResponse(
            r.SourceClaimId, r.TargetClaimId, r.Type == ClaimRelationType.Disputes ? GraphEdgeType.Disputes : GraphEdgeType.Supports, r.Id));

        return TypedResults.Ok(new ArticleGraphResponse(article, actors.Concat(claimNodes).ToList(), made.Concat(related).ToList()));
    }
}

using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

/// <summary>Disputes and supports between claims: <c>/api/claims/{id}/relations</c>.</summary>
public static class RelationsApi
{
    public static RouteGroupBuilder MapRelations(this RouteGroupBuilder claims)
    {
        claims.MapGet("/{id}/relations", ListRelations).WithName("ListRelations")
            .WithSummary("Relations from and to the claim, newest first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapPost("/{id}/relations", CreateRelation).WithName("CreateRelation")
            .WithSummary("Record that claim {id} disputes or supports the target claim").WithValidation<RelationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        claims.MapGet("/{id}/relations/{relationId}", GetRelation).WithName("GetRelation")
            .WithSummary("One relation of the claim").ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapDelete("/{id}/relations/{relationId}", DeleteRelation).WithName("DeleteRelation")
            .WithSummary("Delete a relation from or to the claim (If-Match: 412 when it changed)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return claims;
    }

    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<RelationResponse>>, ValidationProblem, ProblemHttpResult>> ListRelations(
        Guid id, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem) || !page.TryGetAfterId(out var afterId))
        {
            return problem ?? Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return Problems.NotFound("Claim", id);
        }

        var query = db.ClaimRelations.AsNoTracking().Where(r => r.SourceClaimId == id || r.TargetClaimId == id);
        if (afterId is { } after)
        {
            query = query.Where(r => r.Id < after);
        }

        var rows = await query.OrderByDescending(r => r.Id).Take(page.Limit + 1).SelectResponses().ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, r => PageRequest.IdKey(r.Id)));
    }

    public static async Task<Results<Created<RelationResponse>, ValidationProblem, ProblemHttpResult>> CreateRelation(
        Guid id, RelationRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return Problems.NotFound("Claim", id);
        }

        if (request.TargetClaimId == id)
        {
            return Problems.Invalid("targetClaimId", "A claim cannot dispute or support itself.");
        }

        if (!await db.Claims.AnyAsync(c => c.Id == request.TargetClaimId, ct))
        {
            return Problems.Invalid("targetClaimId", $"No claim has the id '{request.TargetClaimId}'.");
        }

        var type = request.Type!.Value;
        var existing = await db.ClaimRelations
            .Where(r => r.SourceClaimId == id && r.Type == type && r.TargetClaimId == request.TargetClaimId)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return Problems.Conflict("Duplicate relation", $"Relation '{existing}' already records that this claim {type.ToString().ToLowerInvariant()} the target.");
        }

        var relation = new ClaimRelation { SourceClaimId = id, Type = type, TargetClaimId = request.TargetClaimId };
        db.ClaimRelations.Add(relation);
        await db.SaveChangesAsync(ct);
        var response = await db.ClaimRelations.AsNoTracking().Where(r => r.Id == relation.Id).SelectResponses().FirstAsync(ct);
        return TypedResults.Created($"/api/claims/{id}/relations/{relation.Id}", response);
    }

    public static async Task<Results<Ok<RelationResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetRelation(
        Guid id, Guid relationId, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var relations = db.ClaimRelations.AsNoTracking().Where(r => r.Id == relationId && (r.SourceClaimId == id || r.TargetClaimId == id));
        var version = await relations.Select(r => (uint?)r.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Problems.NotFound("Relation", relationId);
        }

        if (http.Request.IsNotModified(version.Value))
        {
            return Preconditions.NotModified(http.Response, version.Value);
        }

        http.Response.SetETag(version.Value);
        return TypedResults.Ok(await relations.SelectResponses().FirstAsync(ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteRelation(
        Guid id, Guid relationId, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var relations = db.ClaimRelations.Where(r => r.Id == relationId && (r.SourceClaimId == id || r.TargetClaimId == id));
        var version = await relations.Select(r => (uint?)r.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Problems.NotFound("Relation", relationId);
        }

        if (!http.Request.IfMatchAllows(version.Value, out _) || await relations.Where(r => r.Version == version).ExecuteDeleteAsync(ct) == 0)
        {
            return Preconditions.Failed("Relation", relationId);
        }

        return TypedResults.NoContent();
    }

    private static IQueryable<RelationResponse> SelectResponses(this IQueryable<ClaimRelation> relations) =>
        relations.Select(r => new RelationResponse(
            r.Id,
            r.Type,
            new ClaimRef(r.SourceClaim.Id, r.SourceClaim.Text, new ActorRef(r.SourceClaim.Actor.Id, r.SourceClaim.Actor.Name, r.SourceClaim.Actor.Kind)),
            new ClaimRef(r.TargetClaim.Id, r.TargetClaim.Text, new ActorRef(r.TargetClaim.Actor.Id, r.TargetClaim.Actor.Name, r.TargetClaim.Actor.Kind)),
            r.CreatedAt));
}

public sealed class RelationRequestValidator : AbstractValidator<RelationRequest>
{
    public RelationRequestValidator()
    {
        RuleFor(r => r.Type).NotNull().IsInEnum();
        RuleFor(r => r.TargetClaimId).NotEmpty();
    }
}

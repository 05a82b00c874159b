using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Verdicts;

/// <summary>Fact-checkers' ratings of a claim: <c>/api/claims/{id}/verdicts</c>.</summary>
public static class VerdictsApi
{
    public static IEndpointRouteBuilder MapVerdicts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/claims").WithTags("Verdicts");
        group.MapGet("/{id}/verdicts", ListVerdicts).WithName("ListVerdicts")
            .WithSummary("The claim's verdicts, newest first").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/verdicts", AddVerdict).WithName("AddVerdict")
            .WithSummary("Record a fact-checker's rating of the claim (several, even disagreeing, are all kept)")
            .WithValidation<VerdictRequest>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}/verdicts/{verdictId}", GetVerdict).WithName("GetVerdict")
            .WithSummary("One verdict on the claim").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}/verdicts/{verdictId}", DeleteVerdict).WithName("DeleteVerdict")
            .WithSummary("Remove one verdict (the claim stays)").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapClaimReview();
        app.MapClaimReviewImport();
        return app;
    }

    /// <param name="id">The claim.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    /// <param name="db">The database.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Results<Ok<Page<VerdictResponse>>, ValidationProblem, ProblemHttpResult>> ListVerdicts(
        Guid id, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem))
        {
            return problem!;
        }

        if (!page.TryGetAfterId(out var afterId))
        {
            return Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return Problems.NotFound("Claim", id);
        }

        var query = db.Verdicts.AsNoTracking().Where(v => v.ClaimId == id);
        if (afterId is { } after)
        {
            query = query.Where(v => v.Id < after);
        }

        var rows = await query.OrderByDescending(v => v.Id).Take(page.Limit + 1).SelectResponses().ToListAsync(ct);
        return TypedResults.Ok(page.ToPage(rows, v => PageRequest.IdKey(v.Id)));
    }

    public static async Task<Results<Created<VerdictResponse>, ValidationProblem, ProblemHttpResult>> AddVerdict(
        Guid id, VerdictRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return Problems.NotFound("Claim", id);
        }

        if (request.ReviewerId is { } reviewerId)
        {
            var kind = await db.Actors.Where(a => a.Id == reviewerId).Select(a => (ActorKind?)a.Kind).FirstOrDefaultAsync(ct);
            if (kind is not (ActorKind.Media or ActorKind.Organization))
            {
                return Problems.Invalid("reviewerId", kind is null
                    ? $"No actor has the id '{reviewerId}'."
                    : "The reviewer must be an actor of kind media or organization.");
            }
        }

        var verdict = new Verdict
        {
            ClaimId = id,
            ReviewerActorId = request.ReviewerId,
            ReviewerName = request.ReviewerId is null ? request.ReviewerName!.Trim() : null,
            Rating = request.Rating.Trim(),
            RatingValue = request.RatingValue!.Value,
            Url = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim(),
            ReviewedAt = request.ReviewedAt?.ToUniversalTime(),
            Summary = string.IsNullOrWhiteSpace(request.Summary) ? null : request.Summary,
        };
        db.Verdicts.Add(verdict);
        await db.SaveChangesAsync(ct);
        var response = await db.Verdicts.AsNoTracking().Where(v => v.Id == verdict.Id).SelectResponses().FirstAsync(ct);
        return TypedResults.Created($"/api/claims/{id}/verdicts/{verdict.Id}", response);
    }

    public static async Task<Results<Ok<VerdictResponse>, ProblemHttpResult>> GetVerdict(
        Guid id, Guid verdictId, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var verdict = await db.Verdicts.AsNoTracking().Where(v => v.ClaimId == id && v.Id == verdictId).SelectResponses().FirstOrDefaultAsync(ct);
        return verdict is null ? Problems.NotFound("Verdict", verdictId) : TypedResults.Ok(verdict);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteVerdict(
        Guid id, Guid verdictId, ClaimTrackerDbContext db, CancellationToken ct) =>
        await db.Verdicts.Where(v => v.ClaimId == id && v.Id == verdictId).ExecuteDeleteAsync(ct) == 0
            ? Problems.NotFound("Verdict", verdictId)
            : TypedResults.NoContent();

    /// <summary>Projects verdicts to responses in SQL.</summary>
    public static IQueryable<VerdictResponse> SelectResponses(this IQueryable<Verdict> verdicts) =>
        verdicts.Select(v => new VerdictResponse(
            v.Id,
            v.ClaimId,
            new ReviewerRef(v.ReviewerActorId, v.ReviewerActor != null ? v.ReviewerActor.Name : v.ReviewerName!),
            v.Rating,
            v.RatingValue,
            v.Url,
            v.ReviewedAt,
            v.Summary,
            v.CreatedAt));
}

using ClaimTracker.Api.Articles;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

/// <summary>The articles that report a claim: <c>/api/claims/{id}/appearances</c>.</summary>
public static class AppearancesApi
{
    public static RouteGroupBuilder MapAppearances(this RouteGroupBuilder claims)
    {
        claims.MapGet("/{id}/appearances", ListAppearances).WithName("ListAppearances")
            .WithSummary("Every article that reports the claim, oldest appearance first").ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapPost("/{id}/appearances", AddAppearance).WithName("AddAppearance")
            .WithSummary("Record that another article reports the claim").WithValidation<AppearanceRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        claims.MapGet("/{id}/appearances/{appearanceId}", GetAppearance).WithName("GetAppearance")
            .WithSummary("One article's report of the claim").ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapDelete("/{id}/appearances/{appearanceId}", DeleteAppearance).WithName("DeleteAppearance")
            .WithSummary("Remove one article's report of the claim (the claim stays; If-Match: 412 when it changed)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return claims;
    }

    public static async Task<Results<Ok<IReadOnlyList<AppearanceResponse>>, ProblemHttpResult>> ListAppearances(
        Guid id, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var claim = await ClaimsApi.LoadAsync(db, id, ct);
        return claim is null ? Problems.NotFound("Claim", id) : TypedResults.Ok(claim.Appearances);
    }

    public static async Task<Results<Created<AppearanceResponse>, ValidationProblem, ProblemHttpResult>> AddAppearance(
        Guid id, AppearanceRequest request, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return Problems.NotFound("Claim", id);
        }

        if (await ClaimChecks.CheckReferencesAsync(db, null, request.ArticleId, request.Quote, request.QuoteStart, request.QuoteEnd, ct) is { } invalid)
        {
            return invalid;
        }

        if (await db.ClaimAppearances.Where(a => a.ClaimId == id && a.ArticleId == request.ArticleId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            return Problems.Conflict("Duplicate appearance", $"Appearance '{existing}' already records this claim in article '{request.ArticleId}'.");
        }

        var appearance = new ClaimAppearance
        {
            ClaimId = id,
            ArticleId = request.ArticleId,
            Quote = string.IsNullOrEmpty(request.Quote) ? null : request.Quote,
            Kind = request.Kind!.Value,
            QuoteStart = request.QuoteStart,
            QuoteEnd = request.QuoteEnd,
        };
        db.ClaimAppearances.Add(appearance);
        await db.SaveChangesAsync(ct);
        var response = await Select(db, id, appearance.Id).FirstAsync(ct);
        return TypedResults.Created($"/api/claims/{id}/appearances/{appearance.Id}", response);
    }

    public static async Task<Results<Ok<AppearanceResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetAppearance(
        Guid id, Guid appearanceId, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var version = await db.ClaimAppearances.Where(a => a.ClaimId == id && a.Id == appearanceId).Select(a => (uint?)a.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Problems.NotFound("Appearance", appearanceId);
        }

        if (http.Request.IsNotModified(version.Value))
        {
            return Preconditions.NotModified(http.Response, version.Value);
        }

        http.Response.SetETag(version.Value);
        return TypedResults.Ok(await Select(db, id, appearanceId).FirstAsync(ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAppearance(
        Guid id, Guid appearanceId, HttpContext http, ClaimTrackerDbContext db, CancellationToken ct)
    {
        var appearances = db.ClaimAppearances.Where(a => a.ClaimId == id && a.Id == appearanceId);
        var version = await appearances.Select(a => (uint?)a.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return Problems.NotFound("Appearance", appearanceId);
        }

        if (!http.Request.IfMatchAllows(version.Value, out _) || await appearances.Where(a => a.Version == version).ExecuteDeleteAsync(ct) == 0)
        {
            return Preconditions.Failed("Appearance", appearanceId);
        }

        return TypedResults.NoContent();
    }

    private static IQueryable<AppearanceResponse> Select(ClaimTrackerDbContext db, Guid claimId, Guid appearanceId) =>
        db.ClaimAppearances.AsNoTracking()
            .Where(a => a.ClaimId == claimId && a.Id == appearanceId)
            .Select(a => new AppearanceResponse(
                a.Id,
                new ArticleRef(a.Article.Id, a.Article.Title, a.Article.Url, a.Article.Outlet, a.Article.PublishedAt),
                a.Quote,
                a.Kind,
                a.QuoteStart,
                a.QuoteEnd,
                a.CreatedAt));
}

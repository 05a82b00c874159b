using System.Globalization;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

/// <summary><c>GET /api/articles/{id}/claims</c>: every claim that appears in an article, in reading order.</summary>
public static class ArticleClaimsApi
{
    /// <param name="id">The article.</param>
    /// <param name="limit">Page size, 1–100 (default 20).</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    public static async Task<Results<Ok<Page<ClaimResponse>>, ValidationProblem, ProblemHttpResult>> ListArticleClaims(
        Guid id, int? limit, string? cursor, ClaimTrackerDbContext db, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(limit, cursor, out var page, out var problem) || !TryParseKey(page.After, out var after))
        {
            return problem ?? Problems.Invalid("cursor", "'cursor' is not a cursor of this list.");
        }

        if (!await db.Articles.AnyAsync(a => a.Id == id, ct))
        {
            return Problems.NotFound("Article", id);
        }

        // Reading order: by offset in the body, appearances without offsets last; the appearance id breaks ties.
        var appearances = db.ClaimAppearances.AsNoTracking().Where(a => a.ArticleId == id);
        if (after is { } key)
        {
            var (start, appearanceId) = key;
            appearances = appearances.Where(a =>
                (a.QuoteStart ?? int.MaxValue) > start || ((a.QuoteStart ?? int.MaxValue) == start && a.Id > appearanceId));
        }

        var keys = await appearances
            .OrderBy(a => a.QuoteStart ?? int.MaxValue)
            .ThenBy(a => a.Id)
            .Take(page.Limit + 1)
            .Select(a => new { a.ClaimId, Start = a.QuoteStart ?? int.MaxValue, a.Id })
            .ToListAsync(ct);
        var claimIds = keys.Select(k => k.ClaimId).ToList();
        var claims = await db.LoadResponsesAsync(claimIds, ct);

        var ordered = keys.Select(k => (Key: k, Claim: claims[k.ClaimId])).ToList();
        var result = page.ToPage(ordered, r => string.Create(CultureInfo.InvariantCulture, $"{r.Key.Start}:{r.Key.Id:N}"));
        return TypedResults.Ok(new Page<ClaimResponse>(result.Items.Select(r => r.Claim).ToList(), result.NextCursor));
    }

    private static bool TryParseKey(string? key, out (int Start, Guid AppearanceId)? after)
    {
        after = null;
        if (key is null)
        {
            return true;
        }

        var parts = key.Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && Guid.TryParseExact(parts[1], "N", out var id))
        {
            after = (start, id);
            return true;
        }

        return false;
    }
}

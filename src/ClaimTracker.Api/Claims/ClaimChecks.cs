using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

/// <summary>The checks on a claim that need the database: its actor and article exist, and the quote is where it says.</summary>
internal static class ClaimChecks
{
    public static async Task<ValidationProblem?> CheckReferencesAsync(
        ClaimTrackerDbContext db, Guid? actorId, Guid? articleId, string? quote, int? start, int? end, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (actorId is { } actor && !await db.Actors.AnyAsync(a => a.Id == actor, ct))
        {
            errors["actorId"] = [$"No actor has the id '{actor}'."];
        }

        if (articleId is { } article)
        {
            // Offsets are UTF-16 indices, so the comparison happens here rather than with SQL substring (code points).
            var body = await db.Articles.Where(a => a.Id == article).Select(a => a.Body).FirstOrDefaultAsync(ct);
            if (body is null)
            {
                errors["articleId"] = [$"No article has the id '{article}'."];
            }
            else if (start is { } s && end is { } e && quote is not null && !QuoteSpan.Matches(body, quote, s, e))
            {
                errors["quote"] = [QuoteSpan.Explain(body, quote, s, e)];
            }
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }
}

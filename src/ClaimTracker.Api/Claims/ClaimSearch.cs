using System.Globalization;
using ClaimTracker.Api.Common;
using ClaimTracker.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Api.Claims;

/// <summary>
/// Full-text search over claims (the generated <c>search_vector</c> column and its GIN index): exact phrase
/// matches first, then <c>ts_rank_cd</c> relevance, then newest. Keyset-paged on that whole order.
/// </summary>
internal static class ClaimSearch
{
    private const string Language = "english";

    public static async Task<Results<Ok<Page<ClaimResponse>>, ValidationProblem>> SearchAsync(
        ClaimTrackerDbContext db, string q, ClaimFilters filters, PageRequest page, CancellationToken ct)
    {
        if (!TryParseKey(page.After, out var after))
        {
            return Problems.Invalid("cursor", "'cursor' is not a cursor of this search.");
        }

        var ranked = filters.Apply(db.Claims.AsNoTracking())
            .Where(c => c.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(Language, q)))
            .Select(c => new SearchKey
            {
                Id = c.Id,
                Phrase = c.SearchVector.Matches(EF.Functions.PhraseToTsQuery(Language, q)) ? 1 : 0,
                Rank = c.SearchVector.RankCoverDensity(EF.Functions.WebSearchToTsQuery(Language, q)),
                SaidAt = c.SaidAt,
            });

        if (after is { } a)
        {
            ranked = ranked.Where(k =>
                k.Phrase < a.Phrase
                || (k.Phrase == a.Phrase && k.Rank < a.Rank)
                || (k.Phrase == a.Phrase && k.Rank == a.Rank && k.SaidAt < a.SaidAt)
                || (k.Phrase == a.Phrase && k.Rank == a.Rank && k.SaidAt == a.SaidAt && k.Id < a.Id));
        }

        var keys = await ranked
            .OrderByDescending(k => k.Phrase)
            .ThenByDescending(k => k.Rank)
            .ThenByDescending(k => k.SaidAt)
            .ThenByDescending(k => k.Id)
            .Take(page.Limit + 1)
            .ToListAsync(ct);

        var ids = keys.Select(k => k.Id).ToList();
        var claims = await db.LoadResponsesAsync(ids, ct);
        var result = page.ToPage(keys, Encode);
        return TypedResults.Ok(new Page<ClaimResponse>(result.Items.Select(k => claims[k.Id]).ToList(), result.NextCursor));
    }

    private static string Encode(SearchKey k) => string.Create(
        CultureInfo.InvariantCulture, $"{k.Phrase}|{k.Rank:R}|{k.SaidAt.UtcTicks}|{k.Id:N}");

    private static bool TryParseKey(string? key, out SearchKey? after)
    {
        after = null;
        if (key is null)
        {
            return true;
        }

        var parts = key.Split('|');
        if (parts.Length == 4
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var phrase)
            && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParseExact(parts[3], "N", out var id))
        {
            after = new SearchKey { Id = id, Phrase = phrase, Rank = rank, SaidAt = new DateTimeOffset(ticks, TimeSpan.Zero) };
            return true;
        }

        return false;
    }

    // Member-initialised (not a positional record) so that EF Core can order and filter on its properties.
    private sealed record SearchKey
    {
        public Guid Id { get; init; }
        public int Phrase { get; init; }
        public float Rank { get; init; }
        public DateTimeOffset SaidAt { get; init; }
    }
}

using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Api.Common;

/// <summary>One page of a list; pass <c>nextCursor</c> back as <c>?cursor=</c> for the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>A validated <c>?limit=&amp;cursor=</c> pair. The cursor is opaque to clients: base64url of the sort key.</summary>
public readonly record struct PageRequest(int Limit, string? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxCursorLength = 200;

    public static bool TryCreate(int? limit, string? cursor, out PageRequest page, out ValidationProblem? problem)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"'limit' must be between 1 and {MaxLimit}."];
        }

        string? after = null;
        if (cursor is not null && !TryDecode(cursor, out after))
        {
            errors["cursor"] = ["'cursor' is not a cursor this API returned."];
        }

        page = new PageRequest(limit ?? DefaultLimit, after);
        problem = errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
        return problem is null;
    }

    /// <summary>The id in the cursor, for lists ordered by id; false when the cursor holds something else.</summary>
    public bool TryGetAfterId(out Guid? id)
    {
        id = null;
        if (After is null)
        {
            return true;
        }

        if (Guid.TryParseExact(After, "N", out var parsed))
        {
            id = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Cuts a page from the <c>Limit + 1</c> rows a query fetched: the extra row says whether more follow.</summary>
    public Page<T> ToPage<T>(IReadOnlyList<T> rows, Func<T, string> sortKey)
    {
        if (rows.Count <= Limit)
        {
            return new Page<T>(rows, null);
        }

        var items = rows.Take(Limit).ToList();
        return new Page<T>(items, Encode(sortKey(items[^1])));
    }

    public static string IdKey(Guid id) => id.ToString("N");

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    private static bool TryDecode(string cursor, out string? key)
    {
        key = null;
        if (cursor.Length is 0 or > MaxCursorLength)
        {
            return false;
        }

        try
        {
            key = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return key.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

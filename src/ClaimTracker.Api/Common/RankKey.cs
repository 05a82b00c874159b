using System.Globalization;

namespace ClaimTracker.Api.Common;

/// <summary>The sort key of lists ranked by a count (most first), then a name, then an id: the cursor holds all three.</summary>
public readonly record struct RankKey(int Count, string Name, Guid Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count}|{Id:N}|{Name}");

    public static bool TryParse(string? key, out RankKey? after)
    {
        after = null;
        if (key is null)
        {
            return true;
        }

        var parts = key.Split('|', 3);
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && Guid.TryParseExact(parts[1], "N", out var id))
        {
            after = new RankKey(count, parts[2], id);
            return true;
        }

        return false;
    }
}

using System.Globalization;

namespace ClaimTracker.Api.Common;

/// <summary>The sort key of lists ordered by a time, then an id: the cursor holds both.</summary>
public readonly record struct TimeKey(DateTimeOffset Time, Guid Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Time.UtcTicks}|{Id:N}");

    public static bool TryParse(string? key, out TimeKey? after)
    {
        after = null;
        if (key is null)
        {
            return true;
        }

        var parts = key.Split('|');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParseExact(parts[1], "N", out var id))
        {
            after = new TimeKey(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            return true;
        }

        return false;
    }
}

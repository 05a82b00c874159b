namespace ClaimTracker.Api.Extraction;

/// <summary>Where a reported clause starts and stops: past a time adverbial after the cue, before a participle that reports more.</summary>
internal static class ClauseBounds
{
    public static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "time", "day", "year", "week", "month", "moment", "period", "point", "night", "morning", "evening", "stage", "case",
    };

    // "said Tuesday the …", "said on Monday the …", "said last week the …": the time is not the clause.
    public static int SkipTime(string text, int pos, int end)
    {
        var first = Cues.WordAfter(text, pos, end);
        var start = Complements.Skip(text, pos, end);
        if (first is "on" or "last" or "this" or "late" or "early" or "earlier")
        {
            var second = Cues.WordAfter(text, start + first.Length, end);
            if (Weekdays.Contains(second) || TimeNouns.Contains(second))
            {
                return Complements.Skip(text, Complements.Skip(text, start + first.Length, end) + second.Length, end);
            }
        }

        return Weekdays.Contains(first) || first is "today" or "yesterday" or "tonight" ? Complements.Skip(text, start + first.Length, end) : pos;
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    // "rejected calls for an inquiry, saying the plan was working": the participle starts a second report.
    public static int BeforeParticiple(string text, int pos, int end)
    {
        for (var comma = text.IndexOf(',', pos, end - pos); comma > 0; comma = text.IndexOf(',', comma + 1, end - comma - 1))
        {
            var next = Cues.WordAfter(text, comma + 1, end);
            if (next.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.Default.IsCue(next))
            {
                return comma;
            }

            if (comma + 1 >= end)
            {
                break;
            }
        }

        return end;
    }
}

namespace ClaimTracker.Api.Extraction;

/// <summary>Finds the reporting cues of a stretch of a sentence, leaving out those inside quotes and passives ("announced by").</summary>
internal static class Cues
{
    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "not", "to", "as",
    };

    public static List<Cue> In(string text, int start, int end, IReadOnlyList<Quotation> quotes)
    {
        var cues = new List<Cue>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\u2019' or '\'')))
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (CueLexicon.Default.TryMatch(text, i, wordEnd, out var cue) && cue.End <= end
                && !quotes.Any(q => q.Contains(cue.Start)) && !Passive.Contains(WordBefore(text, cue.Start, start)) && !ByFollows(text, cue.End))
            {
                cues.Add(cue);
            }

            i = wordEnd;
        }

        return cues;
    }

    public static string WordBefore(string text, int index, int limit)
    {
        var end = index;
        while (end > limit && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > limit && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    public static string WordAfter(string text, int index, int limit)
    {
        while (index < limit && text[index] == ' ')
        {
            index++;
        }

        var end = index;
        while (end < limit && (char.IsLetter(text[end]) || text[end] is '-' or '\u2019' or '\''))
        {
            end++;
        }

        return text[index..end];
    }

    private static bool ByFollows(string text, int index) =>
        index + 3 < text.Length && text.AsSpan(index, 4).SequenceEqual(" by ");
}

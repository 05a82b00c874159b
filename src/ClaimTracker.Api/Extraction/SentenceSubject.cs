namespace ClaimTracker.Api.Extraction;

/// <summary>
/// The subject of a whole sentence, for cues that have none of their own: "Regulators fined Zentro, saying …" and
/// "Mark Ellison called the ruling flawed and said …". It is the noun phrase before the first verb-like word.
/// </summary>
internal static class SentenceSubject
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "did", "does", "do", "may", "might",
        "must", "should", "called", "also",
    };

    public static (int Start, int End)? Find(string text, Sentence sentence, int limit)
    {
        var start = sentence.Start;
        var opening = Cues.WordAfter(text, start, limit);
        var firstComma = text.IndexOf(',', start, limit - start);
        if (firstComma > 0 && (opening.EndsWith("ing", StringComparison.Ordinal) || opening.EndsWith("ly", StringComparison.Ordinal)
            || Words.Prepositions.Contains(opening) || opening is "However" or "Meanwhile" or "Asked"))
        {
            start = Complements.Skip(text, firstComma + 1, limit);
        }

        var index = start;
        for (var words = 0; words < 12 && index < limit; words++)
        {
            index = Complements.Skip(text, index, limit);
            if (index < limit && text[index] == ',')
            {
                // "The company's chief executive, Mark Ellison, called …": the appositive name.
                var close = text.IndexOf(',', index + 1, limit - index - 1);
                var inner = Complements.Skip(text, index + 1, limit);
                return close > inner && char.IsUpper(text[inner]) && Subjects.Plausible(text, inner, close) ? (inner, close) : Checked(text, start, index);
            }

            var word = Cues.WordAfter(text, index, limit);
            if (word.Length == 0)
            {
                return null;
            }

            var isVerb = Auxiliaries.Contains(word) || CueLexicon.Default.IsCue(word)
                || (word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal));
            if (isVerb)
            {
                return Checked(text, start, index);
            }

            index += word.Length;
        }

        return null;
    }

    private static (int Start, int End)? Checked(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start && Subjects.Plausible(text, start, end) ? (start, end) : null;
    }
}

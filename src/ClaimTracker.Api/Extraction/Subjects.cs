namespace ClaimTracker.Api.Extraction;

/// <summary>Finds who speaks: the noun phrase just before a cue, past leading adverbials, auxiliaries and relative clauses.</summary>
internal static class Subjects
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    /// <summary>The subject of a cue as (start, end), or null when the words before it do not look like a speaker.</summary>
    public static (int Start, int End)? Before(string text, int sentenceStart, int cueStart)
    {
        var end = cueStart;
        while (true)
        {
            end = Back(text, end, sentenceStart);
            var word = Cues.WordBefore(text, end, sentenceStart);
            if (word.Length == 0 || !Words.Adverbs.Contains(word))
            {
                break;
            }

            end -= word.Length;
        }

        if (end - sentenceStart > 2 && text[end - 1] == ',')
        {
            // "the neighboring country, which has been defending itself …, rejected": drop the relative clause.
            var open = text.LastIndexOf(',', end - 2, end - 1 - sentenceStart);
            if (open < 0)
            {
                return null;
            }

            // "the company’s chief executive, Sarah Lowe, said": the name in the appositive is the speaker.
            var inner = Forward(text, open + 1, end - 1);
            if (inner < end - 1 && char.IsUpper(text[inner]) && Plausible(text, inner, end - 1))
            {
                return (inner, end - 1);
            }

            // "the neighboring country, which …, rejected" and "David Moreno, a spokesman for …, said": the noun phrase before.
            var first = Cues.WordAfter(text, open + 1, end);
            var segment = text[(open + 1)..(end - 1)];
            var appositive = first is "a" or "an" or "the" || Words.Tokens(segment).Any(Words.PersonalRoles.Contains)
                || segment.Trim().All(char.IsDigit) || first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal);
            if (first is not ("which" or "who" or "whose" or "where") && !appositive)
            {
                return null;
            }

            end = open;
        }

        if (end <= sentenceStart)
        {
            return null;
        }

        var comma = text.LastIndexOf(',', end - 1, end - sentenceStart);
        var start = comma >= 0 ? comma + 1 : sentenceStart;
        start = SkipLeading(text, start, end);
        return Plausible(text, start, end) ? (start, end) : null;
    }

    /// <summary>The speaker after an inverted cue ("…,” said a defense ministry spokesman on Monday.").</summary>
    public static (int Start, int End)? After(string text, int cueEnd, int limit)
    {
        var start = Forward(text, cueEnd, limit);
        var end = start;
        var words = 0;
        while (end < limit && words < 12)
        {
            var word = Cues.WordAfter(text, end, limit);
            if (word.Length == 0 || (words > 0 && Words.Prepositions.Contains(word) && !char.IsUpper(word[0])))
            {
                break;
            }

            end = Forward(text, end, limit) + word.Length;
            words++;
        }

        return end > start && Plausible(text, start, end) ? (start, end) : null;
    }

    public static bool Plausible(string text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        var words = Words.Tokens(text[start..end]);
        // A question ("Who disputes …?") names no speaker.
        if (words.Length is 0 or > 12 || words.Any(w => w is "that" or "is" or "was" or "are" or "were")
            || words.FirstOrDefault(w => w.Any(char.IsLetter)) is "Who" or "who" or "What" or "what" or "Which" or "which" or "How" or "how" or "Why" or "why")
        {
            return false;
        }

        if (words.Length == 1 && Pronouns.Contains(words[0]))
        {
            return true;
        }

        var content = words.SkipWhile(w => Words.Determiners.Contains(w)).ToList();
        return content.Count > 0
            && (content.Any(w => char.IsUpper(w[0]) && !Words.Prepositions.Contains(w)) || Words.IsSpeakerNoun(content[^1].Trim('(', ')')));
    }

    private static int SkipLeading(string text, int start, int end)
    {
        start = Forward(text, start, end);
        foreach (var lead in new[] { "and ", "but ", "And ", "But ", "So ", "so " })
        {
            if (text.AsSpan(start, end - start).StartsWith(lead, StringComparison.Ordinal))
            {
                start += lead.Length;
            }
        }

        return start;
    }

    private static int Forward(string text, int index, int limit)
    {
        while (index < limit && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static int Back(string text, int index, int limit)
    {
        while (index > limit && char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }
}

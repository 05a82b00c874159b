namespace ClaimTracker.Api.Extraction;

/// <summary>Finds the reported clause after a cue: past an indirect object ("told VOA"), adverbials ("on Monday") and "that".</summary>
internal static class Complements
{
    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.Ordinal) { "tell", "inform", "notify", "assure", "remind", "retell" };

    // Verbs whose plain object is itself the claim ("rejected the accusation", "reported an attack").
    private static readonly HashSet<string> NounObjectVerbs = new(StringComparer.Ordinal)
    {
        "reject", "deny", "dismiss", "blame", "accuse", "report", "announce", "confirm", "criticize", "denounce", "decry",
        "dispute", "disclose", "admit", "acknowledge", "claim", "allege", "predict",
    };

    private static readonly HashSet<string> FiniteMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "will", "would", "could", "can", "should", "may", "might", "must", "has", "have", "had",
        "did", "does", "do", "shall", "won't", "can't", "isn't", "wasn't", "aren't", "weren't",
    };

    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "me", "us", "him", "her", "them", "you", "reporters", "journalists", "lawmakers", "parliament", "congress", "viewers", "listeners",
    };

    private static readonly HashSet<string> TruePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "during", "at", "of", "in", "on", "for", "by", "to", "from", "with", "about", "after", "before", "since", "like", "until",
    };

    /// <summary>The clause as (start, end) without "that" and the final period; null when none follows.</summary>
    public static (int Start, int End)? After(string text, Cue cue, int sentenceEnd)
    {
        var end = ClauseEnd(text, sentenceEnd);
        var pos = Skip(text, cue.End, end);
        if (ObjectVerbs.Contains(cue.Lemma))
        {
            // "told a news conference that …": a short object before "that" is skipped whole.
            var near = text.IndexOf(" that ", pos, Math.Min(end - pos, 48), StringComparison.Ordinal);
            pos = near >= 0 && !text.AsSpan(pos, near - pos).Contains(',') ? near + 1 : Skip(text, SkipObject(text, pos, end), end);
        }

        pos = ClauseBounds.SkipTime(text, pos, end);
        var that = FindThat(text, pos, end);
        if (that >= 0)
        {
            pos = Skip(text, that + 4, end);
        }
        else
        {
            var first = Cues.WordAfter(text, pos, end);
            if (!cue.Strong || first.Length == 0 || (Words.Prepositions.Contains(first) && !FrontedAdverbial(text, pos, end))
                || (!NounObjectVerbs.Contains(cue.Lemma) && !LooksLikeClause(text[pos..end])))
            {
                return null;
            }
        }

        if (pos < end && text[pos] is ':' or ',')
        {
            pos = Skip(text, pos + 1, end);
        }

        end = ClauseBounds.BeforeParticiple(text, pos, end);
        return Words.Tokens(text[pos..end]).Length >= 2 ? (pos, end) : null;
    }

    public static bool IsObjectVerb(string lemma) => ObjectVerbs.Contains(lemma);

    // A bare complement is reported speech only if it has a finite verb: "said he was ill", not "said a prayer".
    private static bool LooksLikeClause(string words) =>
        Words.Tokens(words.Replace('\u2019', '\'')).Any(w => FiniteMarkers.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal)
            || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)));

    public static int ClauseEnd(string text, int sentenceEnd)
    {
        var end = sentenceEnd;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?' or ';'))
        {
            end--;
        }

        return end;
    }

    // "that" opens the clause when only adverbials stand before it ("said on Monday that"), not in "the decision that".
    private static int FindThat(string text, int pos, int end)
    {
        var words = 0;
        var index = pos;
        while (index < end && words < 12)
        {
            var word = Cues.WordAfter(text, index, end);
            if (word.Length == 0)
            {
                return -1;
            }

            var wordStart = Skip(text, index, end);
            if (word == "that")
            {
                var next = Cues.WordAfter(text, wordStart + 4, end);
                var before = Cues.WordBefore(text, wordStart, pos);
                return ClauseBounds.TimeNouns.Contains(next) || TruePrepositions.Contains(before) ? -1 : wordStart;
            }

            if (words == 0 && !Words.Prepositions.Contains(word) && !Words.Adverbs.Contains(word) && word != "without")
            {
                return -1;
            }

            index = wordStart + word.Length;
            words++;
        }

        return -1;
    }

    private static bool FrontedAdverbial(string text, int pos, int end)
    {
        var comma = text.IndexOf(',', pos, end - pos);
        return comma > 0 && Words.Tokens(text[pos..comma]).Length <= 6;
    }

    public static int SkipObject(string text, int pos, int end)
    {
        var word = Cues.WordAfter(text, pos, end);
        if (word.Length == 0 || word == "that")
        {
            return pos;
        }

        if (ObjectPronouns.Contains(word))
        {
            return Skip(text, pos, end) + word.Length;
        }

        var start = Skip(text, pos, end);
        if (Words.Determiners.Contains(word))
        {
            start += word.Length;
            start = Skip(text, start, end);
        }

        var run = NameRuns.Find(text, start, Math.Min(end, start + 120)).FirstOrDefault();
        if (run.Text is not null && run.Start == start)
        {
            return run.End;
        }

        return start + Cues.WordAfter(text, start, end).Length;
    }

    internal static int Skip(string text, int index, int end)
    {
        while (index < end && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}

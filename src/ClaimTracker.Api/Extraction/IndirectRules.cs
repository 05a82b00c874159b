using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Extraction;

/// <summary>
/// Reported speech in a sentence without a quote: "According to X, …", "…, according to X", "…, X said.",
/// "…, said X.", and "X said (that) …" / "X told Y …" / "X rejected …".
/// </summary>
internal static class IndirectRules
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "Asked", "In", "On", "At", "During", "After", "Before", "While", "When", "As", "For", "With", "Without", "Despite", "Since",
        "Unlike", "Like", "Referring", "Regarding", "Speaking",
    };

    private static readonly HashSet<string> NotSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "whom", "which", "how", "who", "where", "when", "why", "whether", "some", "reports", "plan", "schedule",
    };

    public static Candidate? Find(string text, Sentence sentence)
    {
        var cues = Cues.In(text, sentence.Start, sentence.End, sentence.Quotes);
        if (cues.Count == 0)
        {
            return null;
        }

        var end = Complements.ClauseEnd(text, sentence.End);
        var according = cues.Where(c => c.Lemma == "according").ToList();
        var verbs = cues.Where(c => c.Lemma != "according").ToList();
        foreach (var cue in according)
        {
            if (According(text, sentence, cue, end, leading: true) is { } found)
            {
                return found;
            }
        }

        if (verbs.Count > 0 && Trailing(text, sentence, verbs[^1], end) is { } trailing)
        {
            return trailing;
        }

        // "Pacheco said the money would be released, according to the press office": the clause stops at the source.
        var verbEnd = according.Count > 0 && according[^1].Start > sentence.Start && text.LastIndexOf(',', according[^1].Start - 1, according[^1].Start - sentence.Start) is var c && c > 0
            && text[(c + 1)..according[^1].Start].Trim().Length == 0 ? c : sentence.End;
        foreach (var cue in verbs.Where(v => v.End < verbEnd))
        {
            if (SubjectOf(text, sentence, cue) is { } subject
                && Complements.After(text, cue, verbEnd) is { } clause)
            {
                var hasThat = text.AsSpan(cue.End, clause.Start - cue.End).Contains("that", StringComparison.Ordinal);
                return new Candidate(ClaimKind.Indirect, clause.Start, clause.End, cue.Text, subject.Start, subject.End, hasThat ? 0.75 : 0.65);
            }
        }

        foreach (var cue in according)
        {
            if (According(text, sentence, cue, end, leading: false) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static Candidate? According(string text, Sentence sentence, Cue cue, int end, bool leading)
    {
        var sourceStart = cue.End;
        var comma = text.IndexOf(',', sourceStart, end - sourceStart);
        if (cue.Text[0] == 'A' || IsLeadingAdverbial(text, sentence.Start, cue.Start))
        {
            if (!leading)
            {
                return null;
            }

            // "According to the ISW, the immediate … response suggests …"
            if (comma < 0 || !IsSource(text, sourceStart, comma))
            {
                return null;
            }

            var clauseStart = comma + 1;
            while (clauseStart < end && text[clauseStart] == ' ')
            {
                clauseStart++;
            }

            return Words.Tokens(text[clauseStart..end]).Length >= 3
                ? new Candidate(ClaimKind.Indirect, clauseStart, end, cue.Text, sourceStart, comma, 0.7)
                : null;
        }

        // "…, according to the report."
        if (leading)
        {
            return null;
        }

        var before = cue.Start;
        while (before > sentence.Start && text[before - 1] is ' ' or ',')
        {
            before--;
        }

        var sourceEnd = comma < 0 ? end : comma;
        if (before == cue.Start || !IsSource(text, sourceStart, sourceEnd) || Words.Tokens(text[sentence.Start..before]).Length < 4)
        {
            return null;
        }

        return new Candidate(ClaimKind.Indirect, sentence.Start, before, cue.Text, sourceStart, sourceEnd, 0.7);
    }

    // "This was intended to …, the Washington-based Institute for War Studies (ISW) wrote in its report on Wednesday."
    private static Candidate? Trailing(string text, Sentence sentence, Cue cue, int end)
    {
        if (cue.Start - sentence.Start < 2)
        {
            return null;
        }

        var comma = text.LastIndexOf(',', cue.Start - 1, cue.Start - sentence.Start);
        if (comma <= sentence.Start || Words.Tokens(text[sentence.Start..comma]).Length < 4)
        {
            return null;
        }

        // "Speaking in the Commons on Tuesday, Atkins said: …" opens with an adverbial, not a reported clause.
        var opening = Cues.WordAfter(text, sentence.Start, comma);
        if (opening.EndsWith("ing", StringComparison.Ordinal) || Openers.Contains(opening)
            || text.AsSpan(cue.End, end - cue.End).TrimStart().StartsWith(":", StringComparison.Ordinal))
        {
            return null;
        }

        var between = text[(comma + 1)..cue.Start].Trim();
        (int Start, int End)? speaker;
        if (between.Length == 0)
        {
            speaker = Subjects.After(text, cue.End, end);
            if (speaker is { } s && Words.Tokens(text[s.End..end]).Any(w => w == "that"))
            {
                return null;
            }
        }
        else
        {
            var afterCue = Complements.IsObjectVerb(cue.Lemma) ? Complements.SkipObject(text, cue.End, end) : cue.End;
            var tail = Cues.WordAfter(text, afterCue, end);
            var adverbialTail = tail.Length == 0 || Words.Prepositions.Contains(tail);
            if (!adverbialTail || text.AsSpan(cue.End, end - cue.End).Contains(" that ", StringComparison.Ordinal))
            {
                return null;
            }

            speaker = Subjects.Before(text, comma + 1, cue.Start);
        }

        return speaker is { } found
            ? new Candidate(ClaimKind.Indirect, sentence.Start, comma, cue.Text, found.Start, found.End, 0.75)
            : null;
    }

    // "…, saying the plan works" and "… and said the plan works" share the subject of the sentence.
    private static (int Start, int End)? SubjectOf(string text, Sentence sentence, Cue cue)
    {
        var before = Cues.WordBefore(text, cue.Start, sentence.Start);
        var participle = cue.Text.EndsWith("ing", StringComparison.Ordinal);
        if (before == "and" || (participle && cue.Start > sentence.Start && text.AsSpan(sentence.Start, cue.Start - sentence.Start).TrimEnd().EndsWith(",")))
        {
            return SentenceSubject.Find(text, sentence, cue.Start);
        }

        return participle ? null : Subjects.Before(text, sentence.Start, cue.Start);
    }

    private static bool IsSource(string text, int start, int end)
    {
        var words = Words.Tokens(text[start..end]);
        return words.Length is > 0 and <= 10 && !NotSources.Contains(words[0]) && Subjects.Plausible(text, start, end);
    }

    private static bool IsLeadingAdverbial(string text, int sentenceStart, int cueStart) =>
        cueStart > sentenceStart && text.LastIndexOf(',', Math.Max(cueStart - 1, sentenceStart), cueStart - sentenceStart) is var c && c >= sentenceStart
            && text[(c + 1)..cueStart].Trim().Length == 0 && Words.Tokens(text[sentenceStart..c]).Length <= 3;
}

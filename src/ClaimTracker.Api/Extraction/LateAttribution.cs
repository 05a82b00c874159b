namespace ClaimTracker.Api.Extraction;

/// <summary>
/// A sentence that only names who spoke, after a quote that ended with its own period:
/// "“We will rebuild.” Lindqvist says." or "“…” said the minister." The quote before it is theirs.
/// </summary>
internal static class LateAttribution
{
    public static (Cue Cue, int MentionStart, int MentionEnd)? Find(string text, Sentence sentence)
    {
        if (sentence.Quotes.Count > 0 || Words.Tokens(text[sentence.Start..sentence.End]).Length > 10)
        {
            return null;
        }

        var cues = Cues.In(text, sentence.Start, sentence.End, sentence.Quotes);
        if (cues is not [var cue] || cue.Lemma == "according" || !cue.Strong)
        {
            return null;
        }

        var end = Complements.ClauseEnd(text, sentence.End);
        if (cue.Start == sentence.Start)
        {
            return Subjects.After(text, cue.End, end) is { } after && Words.Tokens(text[after.End..end]).Length <= 3
                ? (cue, after.Start, after.End)
                : null;
        }

        var tail = Cues.WordAfter(text, cue.End, end);
        if (tail.Length > 0 && (!Words.Prepositions.Contains(tail) || tail == "to"))
        {
            return null;
        }

        return Subjects.Before(text, sentence.Start, cue.Start) is { } subject && subject.Start == sentence.Start
            ? (cue, subject.Start, subject.End)
            : null;
    }
}

using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Extraction;

/// <summary>
/// Quotes in a sentence: "“…,” X said", "“…,” said X", "X said: “…”", "X said that “…”" (a quoted fragment), and a
/// sentence that is nothing but a quote, which carries on from the last speaker. Scare quotes and titles are skipped.
/// </summary>
internal static class DirectRules
{
    public static List<Candidate> Find(string text, Sentence sentence)
    {
        var found = new List<Candidate>();
        var previousEnd = sentence.Start;
        for (var i = 0; i < sentence.Quotes.Count; i++)
        {
            var quote = sentence.Quotes[i];
            var nextStart = i + 1 < sentence.Quotes.Count ? sentence.Quotes[i + 1].OpenMark : sentence.End;
            if (IsClaimWorthy(text, quote) && Attribute(text, sentence, quote, previousEnd, nextStart) is { } candidate)
            {
                found.Add(candidate);
            }

            previousEnd = quote.Outer;
        }

        return found;
    }

    /// <summary>A quote of a few words that does not read like a title ("“Day of Victory”", "“ridiculous”").</summary>
    public static bool IsClaimWorthy(string text, Quotation quote)
    {
        var words = Words.Tokens(text[quote.Start..quote.End]);
        var title = words.Length <= 8 && words.Where(w => w.Length > 3).All(w => char.IsUpper(w[0]));
        var punctuated = quote.End > quote.Start && text[quote.End - 1] is ',' or '.' or '!' or '?';
        return !title && (words.Length >= 4 || (punctuated && words.Length >= 2));
    }

    private static Candidate? Attribute(string text, Sentence sentence, Quotation quote, int previousEnd, int nextStart)
    {
        var (start, end) = (quote.Start, quote.End);
        if (AfterQuote(text, quote, nextStart) is { } after)
        {
            return new Candidate(ClaimKind.Direct, start, end, after.Cue.Text, after.Speaker.Start, after.Speaker.End, 0.9);
        }

        var before = Cues.In(text, previousEnd, quote.OpenMark, sentence.Quotes);
        for (var c = before.Count - 1; c >= 0; c--)
        {
            var cue = before[c];
            if (Words.Tokens(text[cue.End..quote.OpenMark]).Length > 12)
            {
                break;
            }

            if (Subjects.Before(text, previousEnd, cue.Start) is { } subject)
            {
                return new Candidate(ClaimKind.Direct, start, end, cue.Text, subject.Start, subject.End, 0.85);
            }
        }

        var outside = text[sentence.Start..quote.OpenMark] + text[quote.Outer..sentence.End];
        var words = Words.Tokens(text[start..end]).Length;
        var fullSentence = end > start && text[end - 1] is '.' or '!' or '?';
        return outside.All(ch => char.IsWhiteSpace(ch) || char.IsPunctuation(ch)) && (words >= 4 || (fullSentence && words >= 2))
            ? new Candidate(ClaimKind.Direct, start, end, null, -1, -1, 0.6)
            : null;
    }

    private static (Cue Cue, (int Start, int End) Speaker)? AfterQuote(string text, Quotation quote, int limit)
    {
        if (quote.CloseMark < 0 || quote.End == quote.Start || text[quote.End - 1] == '.')
        {
            return null;
        }

        var cue = Cues.In(text, quote.Outer, limit, []).FirstOrDefault();
        if (cue.Text is null || Words.Tokens(text[quote.Outer..cue.Start]).Length > 12)
        {
            return null;
        }

        var between = text[quote.Outer..cue.Start].Trim(' ', ',');
        var speaker = between.Length == 0 ? Subjects.After(text, cue.End, limit) : Subjects.Before(text, quote.Outer, cue.Start);
        return speaker is { } s ? (cue, s) : null;
    }
}

using System.Text.RegularExpressions;

namespace ClaimTracker.Api.Extraction;

/// <summary>The text cut into paragraphs (lines) and sentences, with quotation marks paired first so that no sentence breaks inside a quote.</summary>
internal static partial class TextLayout
{
    // "PORTO ALEGRE, Brazil (AP) — ", "WASHINGTON (Reuters) - ": a dateline is not part of the first sentence.
    [GeneratedRegex(@"\G[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}(?:,\s*[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})?(?:\s*\([^()\n]{1,30}\))?\s*[—–-]{1,2}\s+",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dateline();

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Prof", "Inc", "Co",
        "Corp", "Ltd", "vs", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "U.S", "U.N", "U.K", "E.U",
    };

    public static List<Sentence> Sentences(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var (start, end) = Trim(text, lineStart, lineEnd);
            if (end > start)
            {
                Split(text, start, end, paragraph++, sentences);
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void Split(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        var quotes = QuoteMarks.Find(text, start, end);
        var sentenceStart = start;
        if (Dateline().Match(text, start, end - start) is { Success: true } dateline)
        {
            sentenceStart = start + dateline.Length;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || quotes.Exists(q => q.Contains(i) && q.CloseMark != i + 1))
            {
                continue;
            }

            var next = i + 1;
            var closesQuote = next < end && quotes.Exists(q => q.CloseMark == next);
            if (closesQuote && text[i] != '.')
            {
                continue;
            }

            while (next < end && text[next] is '\u201D' or '"' or ')' or '\u2019')
            {
                next++;
            }

            if (next < end && (!char.IsWhiteSpace(text[next]) || !StartsSentence(text, next, end) || IsAbbreviation(text, i)))
            {
                continue;
            }

            Add(text, sentenceStart, next, paragraph, quotes, into);
            sentenceStart = next;
        }

        Add(text, sentenceStart, end, paragraph, quotes, into);
    }

    private static void Add(string text, int start, int end, int paragraph, List<Quotation> quotes, List<Sentence> into)
    {
        (start, end) = Trim(text, start, end);
        if (end > start)
        {
            into.Add(new Sentence(start, end, paragraph, quotes.FindAll(q => q.OpenMark >= start && q.OpenMark < end)));
        }
    }

    private static bool StartsSentence(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < end && (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] is '\u201C' or '"' or '\u2018');
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var s = period;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        var word = text[s..period];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}

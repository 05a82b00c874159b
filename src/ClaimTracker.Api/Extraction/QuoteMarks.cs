namespace ClaimTracker.Api.Extraction;

/// <summary>Pairs quotation marks within a paragraph: curly marks by their shape, straight ones by what stands around them.</summary>
internal static class QuoteMarks
{
    public static List<Quotation> Find(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (span.IndexOfAny('\u201C', '"') < 0 && span.Contains('\u2018'))
        {
            return FindSingle(text, start, end, '\u2018', '\u2019');
        }

        if (span.IndexOfAny('\u201C', '"') < 0 && span.IndexOfAny('\u2018', '\u2019') < 0 && span.Contains('\''))
        {
            return FindSingle(text, start, end, '\'', '\'');
        }

        var quotes = new List<Quotation>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\u201C' && open < 0)
            {
                open = i;
            }
            else if (c == '\u201D' && open >= 0)
            {
                quotes.Add(new Quotation(open + 1, i, open, i));
                open = -1;
            }
            else if (c == '"')
            {
                if (open < 0 && OpensHere(text, i, start))
                {
                    open = i;
                }
                else if (open >= 0)
                {
                    quotes.Add(new Quotation(open + 1, i, open, i));
                    open = -1;
                }
            }
        }

        if (open >= 0)
        {
            var last = end;
            while (last > open + 1 && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            quotes.Add(new Quotation(open + 1, last, open, -1));
        }

        return quotes;
    }

    // British style ‘…’: ’ is also the apostrophe, so it closes only where no letter follows ("company’s" does not close).
    private static List<Quotation> FindSingle(string text, int start, int end, char opening, char closing)
    {
        var quotes = new List<Quotation>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            if (text[i] == opening && open < 0 && OpensHere(text, i, start) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                open = i;
            }
            else if (text[i] == closing && open >= 0 && (i + 1 == end || !char.IsLetter(text[i + 1])) && !char.IsWhiteSpace(text[i - 1]))
            {
                quotes.Add(new Quotation(open + 1, i, open, i));
                open = -1;
            }
        }

        if (open >= 0)
        {
            quotes.Add(new Quotation(open + 1, end, open, -1));
        }

        return quotes;
    }

    private static bool OpensHere(string text, int i, int paragraphStart) =>
        i == paragraphStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or ':' or '-';
}

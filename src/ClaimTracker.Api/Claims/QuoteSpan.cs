namespace ClaimTracker.Api.Claims;

/// <summary>Checks that a quote stands in an article body at the offsets given (UTF-16 code units, end exclusive).</summary>
public static class QuoteSpan
{
    public static bool Matches(string body, string? quote, int? start, int? end)
    {
        if (start is null && end is null)
        {
            return true;
        }

        return quote is not null && start is >= 0 && end is { } e && e > start && e <= body.Length
            && body.AsSpan(start.Value, e - start.Value).SequenceEqual(quote);
    }

    /// <summary>Explains a mismatch: what the body holds there, and where the quote really is, if anywhere.</summary>
    public static string Explain(string body, string quote, int start, int end)
    {
        if (end > body.Length)
        {
            return $"The article body has {body.Length} characters; quoteEnd {end} is past its end.";
        }

        var found = body.IndexOf(quote, StringComparison.Ordinal);
        var actual = body[start..end];
        if (actual.Length > 80)
        {
            actual = string.Concat(actual.AsSpan(0, 77), "...");
        }

        var hint = found >= 0 ? $" The quote is at [{found}, {found + quote.Length})." : " The quote does not occur in the body.";
        return $"body[{start}..{end}) is \"{actual}\", not the quote.{hint}";
    }
}

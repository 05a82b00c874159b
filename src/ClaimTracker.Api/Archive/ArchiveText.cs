namespace ClaimTracker.Api.Archive;

/// <summary>
/// Text a PostgreSQL text column cannot hold: NUL, and a UTF-16 surrogate without its pair (no UTF-8 encodes it).
/// Checked before a line is staged: COPY would fail on it mid-import, and a statement that fails at bind time can
/// leave a pooled connection out of step with the server (STYLE.md).
/// </summary>
internal static class ArchiveText
{
    public enum Problem
    {
        Nul,
        LoneSurrogate,
    }

    public static (string Field, string Message)? FirstUnstorable(ArchiveLine a)
    {
        foreach (var (field, value) in Strings(a))
        {
            if (Check(value) is { } problem)
            {
                return (field, Explain(field, problem));
            }
        }

        return null;
    }

    public static string Explain(string field, Problem problem) => problem == Problem.Nul
        ? $"'{field}' contains a NUL character (\\u0000), which cannot be stored."
        : $"'{field}' contains half of a UTF-16 surrogate pair (such as \\ud800 alone), which is not text and cannot be stored.";

    private static Problem? Check(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var span = text.AsSpan();
        if (span.Contains('\0'))
        {
            return Problem.Nul;
        }

        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return Problem.LoneSurrogate;
            }
        }

        return null;
    }

    private static IEnumerable<(string Field, string? Value)> Strings(ArchiveLine a)
    {
        (string, string?)[] fields =
        [
            ("type", a.Type), ("key", a.Key), ("title", a.Title), ("url", a.Url), ("outlet", a.Outlet), ("language", a.Language),
            ("body", a.Body), ("name", a.Name), ("description", a.Description), ("memberOf", a.MemberOf), ("wikidataId", a.WikidataId),
            ("kind", a.Kind), ("actor", a.Actor), ("text", a.Text), ("quote", a.Quote), ("article", a.Article), ("from", a.From),
            ("relation", a.Relation), ("to", a.To),
        ];
        foreach (var field in fields)
        {
            yield return field;
        }

        for (var i = 0; i < (a.Aliases?.Count ?? 0); i++)
        {
            yield return ($"aliases[{i}]", a.Aliases![i]);
        }

        for (var i = 0; i < (a.Topics?.Count ?? 0); i++)
        {
            yield return ($"topics[{i}]", a.Topics![i]);
        }

        for (var i = 0; i < (a.Appearances?.Count ?? 0); i++)
        {
            if (a.Appearances![i] is not { } p)
            {
                continue;
            }

            yield return ($"appearances[{i}].key", p.Key);
            yield return ($"appearances[{i}].article", p.Article);
            yield return ($"appearances[{i}].quote", p.Quote);
            yield return ($"appearances[{i}].kind", p.Kind);
        }
    }
}

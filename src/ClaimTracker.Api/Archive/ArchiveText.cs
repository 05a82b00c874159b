namespace ClaimTracker.Api.Archive;

/// <summary>
/// The string fields of an archive line, checked with <see cref="Common.StorableText"/> before the line is staged:
/// COPY would fail on unstorable text mid-import (docs/reliability.md).
/// </summary>
internal static class ArchiveText
{
    public static (string Field, string Message)? FirstUnstorable(ArchiveLine a)
    {
        foreach (var (field, value) in Strings(a))
        {
            if (Common.StorableText.Problem(value) is { } problem)
            {
                return (field, Explain(field, problem));
            }
        }

        return null;
    }

    public static string Explain(string field, string problem) => $"'{field}' {problem}.";

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

using System.Text.RegularExpressions;

namespace ClaimTracker.Api.Extraction;

/// <summary>A run of capitalised words ("John Kirby", "Institute for the Study of War", "South Korea’s Defense Ministry").</summary>
internal readonly record struct NameRun(int Start, int End, string Text);

/// <summary>Finds capitalised runs: the names an article introduces, and the roles written before them.</summary>
internal static partial class NameRuns
{
    // A token is a capitalised word, an initialism (U.S.) or an honorific; hyphenated adjectives ("Washington-based") end a run.
    [GeneratedRegex(@"\b(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z](?:[\p{L}’'-]*\p{L}|(?:\.[A-Z])+\.?)?(?:\s+(?:(?:(?:of|for)(?:\s+the)?|de|da|do|dos|das|del|della|di|du|al|bin|ibn|van|von|der|den|la|le)\s+)?[A-Z](?:[\p{L}’'-]*\p{L}|(?:\.[A-Z])+\.?)?)*",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RunPattern();

    [GeneratedRegex(@"-(?:based|led|backed|born|funded|owned|run|linked|affiliated|aligned|controlled|style|made|friendly)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AdjectiveSuffix();

    public static List<NameRun> Find(string text, int start = 0, int end = -1)
    {
        end = end < 0 ? text.Length : end;
        var runs = new List<NameRun>();
        foreach (var match in RunPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var offset = start + match.Index;
            var value = text.Substring(offset, match.Length);
            if (AdjectiveSuffix().Match(value) is { Success: true } adjective)
            {
                // "Washington-based Institute for War Studies": the adjective is not part of the name.
                var rest = value.IndexOf(' ', adjective.Index);
                if (rest < 0)
                {
                    continue;
                }

                offset += rest + 1;
                value = value[(rest + 1)..];
            }

            var trimmed = Clean(value);
            if (trimmed.Length == 0)
            {
                continue;
            }

            // "Omar Haddad of the Gulf Research Center": a person, then the body they belong to.
            var of = trimmed.IndexOf(" of ", StringComparison.Ordinal);
            if (of > 0 && Words.LooksLikePersonName(WithoutTitle(trimmed[..of])))
            {
                runs.Add(new NameRun(offset, offset + of, trimmed[..of]));
                continue;
            }

            runs.Add(new NameRun(offset, offset + trimmed.Length, trimmed));
        }

        return runs;
    }

    /// <summary>Drops a trailing possessive ("Kim’s") and honorifics ("Mr. Peskov").</summary>
    public static string Canonical(string name)
    {
        var value = Clean(name);
        foreach (var honorific in new[] { "Mr. ", "Mrs. ", "Ms. ", "Dr. " })
        {
            if (value.StartsWith(honorific, StringComparison.Ordinal))
            {
                value = value[honorific.Length..];
            }
        }

        value = value.EndsWith("\u2019s", StringComparison.Ordinal) || value.EndsWith("'s", StringComparison.Ordinal) ? value[..^2] : value;
        return WithoutTitle(value);
    }

    /// <summary>"Transport Minister Anna Lindqvist" → "Anna Lindqvist"; organisation names keep their words.</summary>
    public static string WithoutTitle(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = Array.FindLastIndex(tokens, t => Words.Titles.Contains(t.TrimEnd('.')));

        if (last < 0 || last == tokens.Length - 1)
        {
            return name;
        }

        if (tokens[last + 1] is "of" or "for" && tokens.Length - last > 4)
        {
            // "Secretary of State Antony Blinken": the name is what follows the office.
            last = tokens.Length - 3;
        }

        var rest = string.Join(' ', tokens[(last + 1)..]);
        var personal = Words.LooksLikePersonName(rest) || (tokens.Length - last == 2 && !tokens[last].Equals("General", StringComparison.Ordinal));
        return Words.KindOf(rest) is null && personal && !Words.Prepositions.Contains(tokens[last + 1]) ? rest : name;
    }

    /// <summary>The title words before the name, if any: "Transport Minister" of "Transport Minister Anna Lindqvist".</summary>
    public static string TitleOf(string name)
    {
        var bare = WithoutTitle(name);
        return bare.Length == name.Length ? "" : name[..^bare.Length].Trim();
    }

    /// <summary>Case-, hyphen- and apostrophe-insensitive key for comparing names.</summary>
    public static string Key(string name)
    {
        var value = name.Trim().Replace('\u2019', '\'').Replace('-', ' ').ToLowerInvariant();
        if (value.StartsWith("the ", StringComparison.Ordinal))
        {
            value = value[4..];
        }

        return string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Clean(string value) => value.TrimEnd('.', ' ') is var v && v.EndsWith("U.S", StringComparison.Ordinal) ? v + "." : value.TrimEnd(' ');
}

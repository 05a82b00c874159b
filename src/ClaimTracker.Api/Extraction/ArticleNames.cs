namespace ClaimTracker.Api.Extraction;

/// <summary>
/// The names an article introduces, in order, with the roles written before them ("Kremlin spokesman Dmitry Peskov")
/// and the acronyms given in brackets ("Institute for War Studies (ISW)"): what a later "Peskov", "the Kremlin spokesman"
/// or "the ISW" refers to.
/// </summary>
internal sealed class ArticleNames
{
    private readonly List<NameRun> _runs;
    private readonly List<(int Position, string Role, string Name)> _roles = [];
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);

    public ArticleNames(string text)
    {
        _runs = NameRuns.Find(text);
        foreach (var run in _runs)
        {
            var name = NameRuns.Canonical(run.Text);
            var title = NameRuns.TitleOf(run.Text);
            var before = RoleBefore(text, run.Start, title.Length > 0);
            var role = string.Join(' ', new[] { before, title }.Where(r => !string.IsNullOrEmpty(r)));
            if (Words.LooksLikePersonName(name) && role.Length > 0)
            {
                _roles.Add((run.Start, NameRuns.Key(role), name));
            }

            var after = text.AsSpan(run.End).TrimStart();
            if (after.Length > 3 && after[0] == '(' && after.IndexOf(')') is var close and > 1 && close < 12)
            {
                var acronym = after[1..close].ToString();
                if (acronym.All(char.IsLetter) && acronym.Count(char.IsUpper) >= 2)
                {
                    _acronyms.TryAdd(acronym, name);
                }
            }
        }
    }

    /// <summary>The fullest earlier form of a name: "Kirby" → "John Kirby", "Kim Jong-Un" → "Kim Jong Un", "ISW" → its expansion.</summary>
    public string? FullForm(string name, int before)
    {
        if (_acronyms.TryGetValue(name, out var expansion))
        {
            return expansion;
        }

        var key = NameRuns.Key(name);
        var single = !key.Contains(' ', StringComparison.Ordinal);
        foreach (var run in _runs)
        {
            if (run.Start >= before)
            {
                break;
            }

            var candidate = NameRuns.Canonical(run.Text);
            var candidateKey = NameRuns.Key(candidate);
            if (candidateKey == key)
            {
                return candidate;
            }

            if (single && Words.LooksLikePersonName(candidate))
            {
                var tokens = candidateKey.Split(' ');
                if (tokens[^1] == key || tokens[0] == key)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The person an earlier text gave this role ("Kremlin spokesman" → "Dmitry Peskov").</summary>
    public string? HolderOf(string role, int before)
    {
        var key = NameRuns.Key(role);
        var matches = _roles.Where(r => r.Position < before && (r.Role == key || r.Role.EndsWith(" " + key, StringComparison.Ordinal)))
            .Select(r => r.Name).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The earliest capitalised run before a position that contains all these words ("defense ministry").</summary>
    public string? RunContaining(string words, int before)
    {
        var wanted = NameRuns.Key(words).Split(' ');
        foreach (var run in _runs)
        {
            if (run.Start >= before)
            {
                break;
            }

            var tokens = NameRuns.Key(run.Text).Split(' ');
            if (tokens.Length > wanted.Length && wanted.All(tokens.Contains))
            {
                return Mention.StripDeterminers(NameRuns.Canonical(run.Text));
            }
        }

        return null;
    }

    private static string? RoleBefore(string text, int nameStart, bool titled)
    {
        var words = new List<string>();
        var i = nameStart;
        while (words.Count < 7)
        {
            var end = i;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\u2019' or '\''))
            {
                start--;
            }

            if (start == end || end == nameStart)
            {
                break;
            }

            var word = text[start..end];
            if (Words.Determiners.Contains(word) || Words.Prepositions.Contains(word) || word is "and" or "said" or "told")
            {
                break;
            }

            words.Insert(0, word);
            i = start;
        }

        return words.Count > 0 && (titled || Words.PersonalRoles.Contains(words[^1])) ? string.Join(' ', words) : null;
    }
}

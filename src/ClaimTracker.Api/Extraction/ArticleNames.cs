namespace ClaimTracker.Api.Extraction;

/// <summary>
/// The names an article introduces, in order, with the roles written before them ("Kremlin spokesman Dmitry Peskov")
/// and the acronyms given in brackets ("Institute for War Studies (ISW)"): what a later "Peskov", "the Kremlin spokesman"
/// or "the ISW" refers to.
/// </summary>
internal sealed class ArticleNames
{
    // Each run with its canonical form, comparison key and whether it reads as a person's name, computed once.
    private readonly List<(int Start, string Name, string Key, string[] Tokens, bool Person)> _runs = [];
    private readonly List<(int Position, string Role, string Name)> _roles = [];
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);

    public ArticleNames(string text)
    {
        foreach (var run in NameRuns.Find(text))
        {
            var name = NameRuns.Canonical(run.Text);
            var key = NameRuns.Key(name);
            _runs.Add((run.Start, name, key, key.Split(' '), Words.LooksLikePersonName(name)));
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
        if (key.Contains(' ', StringComparison.Ordinal))
        {
            return _runs.FirstOrDefault(r => r.Start < before && r.Key == key).Name;
        }

        // A single word stands for the fullest earlier name that holds it: "Kirby" → John Kirby (last word),
        // "Kim" → Kim Jong Un (first), "Lula" → Luiz Inácio Lula da Silva (any), "Zentro" → Zentro Inc (an organisation's first).
        var earlier = _runs.TakeWhile(r => r.Start < before).ToList();
        return earlier.FirstOrDefault(r => r.Person && (r.Tokens[^1] == key || r.Tokens[0] == key)).Name
            ?? earlier.FirstOrDefault(r => r.Person && r.Tokens.Contains(key)).Name
            ?? earlier.FirstOrDefault(r => r.Tokens.Length > 1 && r.Tokens[0] == key && Words.KindOf(r.Name) is not null).Name
            ?? earlier.FirstOrDefault(r => r.Key == key).Name;
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

            if (run.Tokens.Length > wanted.Length && wanted.All(run.Tokens.Contains))
            {
                return Mention.StripDeterminers(run.Name);
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

using System.Reflection;

namespace ClaimTracker.Api.Extraction;

/// <summary>
/// The reporting verbs of the shipped <c>cue_verbs.tsv</c>, inflected ("say" gives said, says, saying), looked up word by
/// word in a hash table: linear in the text, with no regex to backtrack.
/// </summary>
internal sealed class CueLexicon
{
    // The span rules treat denials as claims, but the public lists lack these two verbs.
    private static readonly string[] ExtraLemmas = ["reject", "dismiss"];

    // Verbs that report speech whatever follows them; the others ("hope", "find", "continue") only before "that" or a quote.
    private static readonly HashSet<string> Strong = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "state", "claim", "report", "stress", "warn", "declare", "deny", "reject", "dismiss", "insist",
        "argue", "explain", "confirm", "write", "assert", "allege", "admit", "acknowledge", "maintain", "contend", "reply",
        "respond", "point", "mention", "note", "announce", "blame", "accuse", "disclose", "testify", "tweet", "complain",
        "concede", "according", "recall", "inform", "assure", "remind", "notify", "urge", "criticize", "denounce", "decry",
    };

    // Base forms that are mostly nouns in news ("the state", "a report") are left out; inflected forms still count.
    private static readonly HashSet<string> BaseFormAllowed = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "warn", "argue", "insist", "deny", "think", "believe", "admit", "accuse", "explain", "stress",
        "reject", "dismiss", "confirm", "acknowledge", "allege", "assert", "contend", "disagree", "predict", "suggest",
    };

    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["say"] = ["said", "says", "saying"],
        ["tell"] = ["told", "tells", "telling"],
        ["retell"] = ["retold", "retells", "retelling"],
        ["write"] = ["wrote", "written", "writes", "writing"],
        ["speak"] = ["spoke", "spoken", "speaks", "speaking"],
        ["think"] = ["thought", "thinks", "thinking"],
        ["find"] = ["found", "finds", "finding"],
        ["admit"] = ["admitted", "admits", "admitting"],
        ["according"] = [],
        ["point"] = [],
    };

    private readonly Dictionary<string, string> _lemmaOf = new(StringComparer.OrdinalIgnoreCase);

    private CueLexicon(IEnumerable<string> lemmas)
    {
        foreach (var lemma in lemmas)
        {
            foreach (var form in Forms(lemma))
            {
                _lemmaOf.TryAdd(form, lemma);
            }
        }

        _lemmaOf["according"] = "according";
        _lemmaOf["point"] = "point";
        foreach (var form in new[] { "pointed", "points", "pointing" })
        {
            _lemmaOf[form] = "point";
        }
    }

    public static CueLexicon Default { get; } = new(ReadLemmas().Concat(ExtraLemmas));

    /// <summary>
    /// The cue that starts with the word at [start, end): a lower-case inflected verb, "according to" (also capitalised),
    /// or "pointed out"; the cue's end takes in the particle.
    /// </summary>
    public bool TryMatch(string text, int start, int end, out Cue cue)
    {
        cue = default;
        var word = text.AsSpan(start, end - start);
        var lookup = _lemmaOf.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!char.IsLower(word[0]) && !word.SequenceEqual("According"))
        {
            return false;
        }

        if (!lookup.TryGetValue(word, out var lemma))
        {
            return false;
        }

        var particle = lemma switch { "according" => "to", "point" => "out", _ => null };
        var cueEnd = end;
        if (particle is not null)
        {
            var next = end;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (!text.AsSpan(next).StartsWith(particle, StringComparison.Ordinal)
                || (next + particle.Length < text.Length && char.IsLetter(text[next + particle.Length])))
            {
                return false;
            }

            cueEnd = next + particle.Length;
        }

        cue = new Cue(start, cueEnd, text[start..cueEnd], lemma);
        return true;
    }

    public bool IsCue(string word) => _lemmaOf.ContainsKey(word);

    public static bool IsStrong(string lemma) => Strong.Contains(lemma);

    /// <summary>The lemmas of the embedded cue_verbs.tsv (first column; '#' lines are comments).</summary>
    public static IEnumerable<string> ReadLemmas()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("ClaimTracker.Api.Extraction.cue_verbs.tsv")
            ?? throw new InvalidOperationException("The embedded cue_verbs.tsv is missing.");
        using var reader = new StreamReader(stream);
        var lemmas = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lemmas.Add(line.Split('\t')[0].Trim());
            }
        }

        return lemmas;
    }

    /// <summary>The forms of a lemma: base (for a few), third person, past, gerund; regular English spelling rules.</summary>
    public static IEnumerable<string> Forms(string lemma)
    {
        if (Irregular.TryGetValue(lemma, out var irregular))
        {
            return BaseFormAllowed.Contains(lemma) ? [lemma, .. irregular] : irregular;
        }

        var forms = new List<string>();
        if (BaseFormAllowed.Contains(lemma))
        {
            forms.Add(lemma);
        }

        var last = lemma[^1];
        var beforeLast = lemma.Length > 1 ? lemma[^2] : ' ';
        if (last == 'y' && !"aeiou".Contains(beforeLast, StringComparison.Ordinal))
        {
            var stem = lemma[..^1];
            forms.AddRange([stem + "ies", stem + "ied", lemma + "ing"]);
        }
        else if (last == 'e')
        {
            forms.AddRange([lemma + "s", lemma + "d", lemma[..^1] + "ing"]);
        }
        else
        {
            var plural = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh", StringComparison.Ordinal)
                || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es" : lemma + "s";
            forms.AddRange([plural, lemma + "ed", lemma + "ing"]);
        }

        return forms;
    }
}

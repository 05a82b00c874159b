using System.Text.RegularExpressions;

namespace ClaimTracker.Api.Extraction;

internal enum MentionForm
{
    Pronoun,
    Named,
    Role,
    Reference,
}

/// <summary>
/// The words that name a speaker, taken apart: a proper name with the role before it ("Kremlin spokesman | Peskov"),
/// an unnamed role ("a defense ministry spokesman"), a pronoun, or a common-noun reference ("the report", "experts").
/// </summary>
internal sealed partial record Mention(string Text, int Start, int End, MentionForm Form, string? Name, string Plain, string? Acronym, bool Personal)
{
    [GeneratedRegex(@"\s*\((?<a>[A-Z][A-Za-z]*[A-Z])\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AcronymPattern();

    public static Mention? Parse(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.'))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end <= start)
        {
            return null;
        }

        var raw = text[start..end];
        var lower = raw.ToLowerInvariant();
        if (lower is "he" or "she" or "they" or "it" or "we" or "i")
        {
            return new Mention(raw, start, end, MentionForm.Pronoun, null, lower, null, lower is "he" or "she");
        }

        var acronym = AcronymPattern().Match(raw) is { Success: true } a ? a.Groups["a"].Value : null;
        var plain = StripDeterminers(AcronymPattern().Replace(raw, ""));
        var runs = NameRuns.Find(text, start, end);
        foreach (var run in runs)
        {
            // A sentence-initial "The" is not part of the name ("The IFS"); a lone "Experts" is no name at all.
            var name = StripDeterminers(NameRuns.Canonical(run.Text));
            var firstWord = name.Split(' ')[0];
            if (Words.Determiners.Contains(firstWord) || Words.SpeakerNouns.Contains(firstWord) && !name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (!FollowedByModifiedWord(text, run.End, end))
            {
                return new Mention(raw, start, end, MentionForm.Named, name, plain, acronym, Words.KindOf(name) is null);
            }
        }

        if (acronym is not null)
        {
            return new Mention(raw, start, end, MentionForm.Named, acronym, plain, acronym, false);
        }

        var head = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var personal = Words.PersonalRoles.Contains(head);
        return new Mention(raw, start, end, personal ? MentionForm.Role : MentionForm.Reference, null, plain, null, personal);
    }

    public static string StripDeterminers(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Words.Determiners.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    // "Korea expert Bruce Bennett": "Korea" is followed by a lower-case word of its own phrase, so it modifies the role.
    private static bool FollowedByModifiedWord(string text, int runEnd, int end)
    {
        var rest = text[runEnd..end].TrimStart();
        if (rest.Length == 0 || !char.IsLower(rest[0]))
        {
            return false;
        }

        var word = rest.Split(' ')[0];
        return !Words.Prepositions.Contains(word) && word is not ("who" or "which" or "and");
    }
}

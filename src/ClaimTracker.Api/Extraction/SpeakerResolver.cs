using ClaimTracker.Api.Actors;

namespace ClaimTracker.Api.Extraction;

/// <summary>A speaker as resolved at one quote; <see cref="Personal"/> says whether "he"/"she" may refer back to it.</summary>
internal sealed record ResolvedSpeaker(SpeakerSuggestion Speaker, bool Personal, int Position);

/// <summary>
/// Turns mentions into actors: stored actors by name, alias or described role; names the article introduced earlier;
/// pronouns to the most recent compatible speaker; an unnamed spokesman to the institution it speaks for.
/// </summary>
internal sealed class SpeakerResolver(string text, IReadOnlyList<KnownActor> actors)
{
    private readonly ArticleNames _names = new(text);
    private readonly Dictionary<string, KnownActor> _stored = Index(actors);
    private readonly List<ResolvedSpeaker> _history = [];

    public ResolvedSpeaker? Resolve(Mention mention)
    {
        var resolved = mention.Form switch
        {
            MentionForm.Pronoun => Pronoun(mention.Plain),
            MentionForm.Named => Named(mention),
            MentionForm.Role => Role(mention),
            _ => Reference(mention),
        };
        if (resolved is not null)
        {
            resolved = resolved with { Position = mention.Start };
            _history.Add(resolved);
        }

        return resolved;
    }

    /// <summary>The speaker a quote without attribution carries on from.</summary>
    public ResolvedSpeaker? Last => _history.Count > 0 ? _history[^1] : null;

    /// <summary>Records someone the text names as the subject without a claim ("Another expert, Bong Young-shik, doubts …").</summary>
    public void Introduce(string name, int position)
    {
        var full = _names.FullForm(name, position) ?? name;
        _history.Add(Stored(full) ?? new ResolvedSpeaker(new SpeakerSuggestion(null, full, ActorKind.Person), true, position));
    }

    /// <summary>Whether a single name stands for a person introduced earlier ("Lagarde" after "Christine Lagarde").</summary>
    public bool IsKnownPerson(string name, int position) =>
        !name.Contains(' ', StringComparison.Ordinal) && _names.FullForm(name, position) is { } full && Words.LooksLikePersonName(full);

    private ResolvedSpeaker? Pronoun(string pronoun) => pronoun switch
    {
        "he" or "she" => _history.LastOrDefault(h => h.Personal),
        "it" => _history.LastOrDefault(h => !h.Personal),
        "they" => _history.LastOrDefault(h => !h.Personal) ?? Last,
        _ => null,
    };

    private ResolvedSpeaker Named(Mention mention)
    {
        var name = mention.Name!;
        if ((Stored(name) ?? Stored(mention.Plain) ?? (mention.Acronym is { } a ? Stored(a) : null)) is { } stored)
        {
            return stored;
        }

        var full = _names.FullForm(name, mention.Start) ?? name;
        if (Stored(full) is { } storedFull)
        {
            return storedFull;
        }

        var kind = Words.KindOf(full) ?? (full.Contains(' ', StringComparison.Ordinal) ? ActorKind.Person : ActorKind.Other);
        return New(full, kind, kind == ActorKind.Person || mention.Personal && Words.KindOf(full) is null);
    }

    private ResolvedSpeaker? Role(Mention mention)
    {
        if (Stored(mention.Plain) is { } stored)
        {
            return stored;
        }

        if (_names.HolderOf(mention.Plain, mention.Start) is { } holder)
        {
            return (Stored(holder) ?? New(holder, ActorKind.Person, true)) with { Personal = true };
        }

        if (DescribedAs(mention.Plain) is { } described)
        {
            return described;
        }

        // An unnamed spokesman or official speaks for the institution named by the words before the role.
        var words = mention.Plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var institution = string.Join(' ', words[..^1]);
        if (institution.Length == 0)
        {
            // "a spokesman" speaks for the institution last quoted; "Officials" are a group of their own.
            return words[0].EndsWith('s') ? New(TitleCase(mention.Plain), ActorKind.Other, false)
                : _history.LastOrDefault(h => !h.Personal) is { } org ? org with { Personal = true } : null;
        }

        var name = Stored(institution)?.Speaker.Name ?? _names.RunContaining(institution, mention.Start);
        if (name is null && Words.KindOf(institution) is null && !Words.SpokespersonRoles.Contains(words[^1]))
        {
            // "the health secretary": an office, not an institution; the office holder is the speaker.
            return New(TitleCase(mention.Plain), ActorKind.Person, true);
        }

        name ??= TitleCase(institution);
        var speaker = Stored(name) ?? New(name, Words.KindOf(name) ?? ActorKind.Organization, false);
        return speaker with { Personal = true };
    }

    private ResolvedSpeaker Reference(Mention mention)
    {
        if (Stored(mention.Plain) is { } stored)
        {
            return stored;
        }

        var head = mention.Plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var possessive = Math.Max(mention.Text.LastIndexOf("\u2019s ", StringComparison.Ordinal), mention.Text.LastIndexOf("'s ", StringComparison.Ordinal));
        if (Words.DocumentNouns.Contains(head) && possessive > 0 && Mention.Parse(text, mention.Start, mention.Start + possessive) is { } owner)
        {
            // "The bank's statement noted …": the bank speaks.
            return Resolve(owner) ?? New(mention.Plain, ActorKind.Other, false);
        }

        if (Words.DocumentNouns.Contains(head) && _history.LastOrDefault(h => !h.Personal) is { } author)
        {
            return author;
        }

        if (Words.SpeakerNouns.Contains(head) && !head.EndsWith('s') && _names.RunContaining(head, mention.Start) is { } named)
        {
            return Stored(named) ?? New(named, Words.KindOf(named) ?? ActorKind.Organization, false);
        }

        // "The agency said" after "the civil defense agency": an earlier speaker whose name holds the noun.
        var lowerHead = head.ToLowerInvariant();
        if (mention.Plain.Split(' ').Length == 1 && _history.LastOrDefault(h => !h.Personal && NameRuns.Key(h.Speaker.Name).Split(' ').Contains(lowerHead)) is { } earlier)
        {
            return earlier;
        }

        var name = char.ToUpperInvariant(mention.Plain[0]) + mention.Plain[1..];
        return New(name, Words.KindOf(name) ?? ActorKind.Other, false);
    }

    private ResolvedSpeaker? DescribedAs(string role)
    {
        var key = NameRuns.Key(role);
        var holders = _stored.Values.Distinct()
            .Where(a => NameRuns.Key(a.Description) is var d && (d == key || d.EndsWith(" " + key, StringComparison.Ordinal)))
            .ToList();
        return holders.Count == 1 ? FromStored(holders[0]) : null;
    }

    private ResolvedSpeaker? Stored(string name) =>
        _stored.TryGetValue(NameRuns.Key(name), out var actor) ? FromStored(actor) : null;

    private static ResolvedSpeaker FromStored(KnownActor actor) =>
        new(new SpeakerSuggestion(actor.Id, actor.Name, actor.Kind), actor.Kind == ActorKind.Person, 0);

    private static ResolvedSpeaker New(string name, ActorKind kind, bool personal) =>
        new(new SpeakerSuggestion(null, name, kind), personal, 0);

    // Only the first letter: the words keep the article's casing ("Department of Health", "Health secretary").
    private static string TitleCase(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    private static Dictionary<string, KnownActor> Index(IReadOnlyList<KnownActor> actors)
    {
        var index = new Dictionary<string, KnownActor>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            index.TryAdd(NameRuns.Key(actor.Name), actor);
        }

        foreach (var actor in actors)
        {
            foreach (var alias in actor.Aliases)
            {
                index.TryAdd(NameRuns.Key(alias), actor);
            }
        }

        return index;
    }
}

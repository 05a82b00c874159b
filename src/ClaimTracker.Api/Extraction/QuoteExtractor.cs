namespace ClaimTracker.Api.Extraction;

/// <summary>
/// Finds direct quotes and reported claims in news text with hand-written rules (no model, no network), and resolves
/// their speakers against the actors given and the names the article introduces.
/// </summary>
public static class QuoteExtractor
{
    public static IReadOnlyList<QuoteSuggestion> Extract(string text, IReadOnlyList<KnownActor>? actors = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var resolver = new SpeakerResolver(text, actors ?? []);
        var suggestions = new List<QuoteSuggestion>();
        (int Index, Candidate Candidate, int Paragraph)? floating = null;
        foreach (var sentence in TextLayout.Sentences(text))
        {
            if (IsHeadline(text, sentence))
            {
                continue;
            }

            var candidates = DirectRules.Find(text, sentence);
            if (candidates.Count == 0 && floating is { } previous && previous.Paragraph == sentence.Paragraph
                && LateAttribution.Find(text, sentence) is { } late)
            {
                // The quote just before was not floating after all: this sentence names its speaker.
                suggestions[previous.Index] = ToSuggestion(text, previous.Candidate with
                {
                    Cue = late.Cue.Text,
                    MentionStart = late.MentionStart,
                    MentionEnd = late.MentionEnd,
                    Confidence = 0.85,
                }, resolver);
                floating = null;
                continue;
            }

            if (candidates.Count == 0 && IndirectRules.Find(text, sentence) is { } indirect)
            {
                candidates.Add(indirect);
            }

            if (candidates.Count == 0)
            {
                Introductions.Record(text, sentence, resolver);
            }

            candidates.AddRange(NominalCues.Find(text, sentence));
            floating = null;
            foreach (var candidate in candidates)
            {
                if (candidate.MentionStart < 0)
                {
                    floating = (suggestions.Count, candidate, sentence.Paragraph);
                }

                suggestions.Add(ToSuggestion(text, candidate, resolver));
            }
        }

        return suggestions;
    }

    private static QuoteSuggestion ToSuggestion(string text, Candidate candidate, SpeakerResolver resolver)
    {
        Mention? mention = candidate.MentionStart >= 0 ? Mention.Parse(text, candidate.MentionStart, candidate.MentionEnd) : null;
        var speaker = mention is null ? resolver.Last : resolver.Resolve(mention);
        var certainty = speaker is null ? 0.5 : mention?.Form == MentionForm.Pronoun ? 0.9 : speaker.Speaker.Id is null ? 0.95 : 1.0;
        var quote = text[candidate.Start..candidate.End];
        return new QuoteSuggestion(
            candidate.Kind,
            quote,
            candidate.Start,
            candidate.End,
            candidate.Cue,
            mention?.Text,
            mention?.Start,
            mention?.End,
            speaker?.Speaker,
            Math.Round(candidate.Confidence * certainty, 2),
            Draft(quote));
    }

    private static string Draft(string quote)
    {
        var text = quote.Trim().TrimEnd(',', ';', ':', ' ');
        if (text.Length == 0)
        {
            return text;
        }

        text = char.ToUpperInvariant(text[0]) + text[1..];
        return text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    // A short line without final punctuation is a headline or subheading, not reporting.
    private static bool IsHeadline(string text, Sentence sentence)
    {
        var last = Complements.ClauseEnd(text, sentence.End) == sentence.End ? text[sentence.End - 1] : '.';
        var alone = sentence.Start == 0 || text[sentence.Start - 1] == '\n';
        var lineEnd = sentence.End == text.Length || text[sentence.End] is '\n' or '\r';
        return alone && lineEnd && last is not ('.' or '!' or '?' or '\u201D' or '"') && Words.Tokens(text[sentence.Start..sentence.End]).Length <= 15;
    }
}

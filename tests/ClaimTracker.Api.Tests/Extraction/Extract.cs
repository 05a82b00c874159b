using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;
using ClaimTracker.Api.Extraction;

namespace ClaimTracker.Api.Tests.Extraction;

/// <summary>Runs the extractor and checks what holds for every suggestion: its offsets give its quote.</summary>
internal static class Extract
{
    public static IReadOnlyList<QuoteSuggestion> From(string text, params KnownActor[] actors)
    {
        var suggestions = QuoteExtractor.Extract(text, actors);
        foreach (var s in suggestions)
        {
            Assert.Equal(s.Quote, text[s.Start..s.End]);
            if (s.SpeakerMention is not null)
            {
                Assert.Equal(s.SpeakerMention, text[s.SpeakerMentionStart!.Value..s.SpeakerMentionEnd!.Value]);
            }

            Assert.InRange(s.Confidence, 0, 1);
        }

        return suggestions;
    }

    public static QuoteSuggestion Single(string text, params KnownActor[] actors) => Assert.Single(From(text, actors));

    public static KnownActor Actor(string name, ActorKind kind, string description = "", params string[] aliases) =>
        new(Guid.NewGuid(), name, kind, description, aliases);

    /// <summary>The quote the span covers, by its expected text (which must occur once).</summary>
    public static void Span(string text, QuoteSuggestion s, string expected, ClaimKind kind)
    {
        Assert.Equal(expected, s.Quote);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), s.Start);
        Assert.Equal(kind, s.Kind);
    }
}

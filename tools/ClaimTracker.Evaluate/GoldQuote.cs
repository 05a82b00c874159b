using ClaimTracker.Api.Claims;

namespace ClaimTracker.Evaluate;

/// <summary>One hand-annotated quote: its span in the text, its kind, and its speaker's canonical name.</summary>
internal sealed record GoldQuote(ClaimKind Kind, int Start, int End, string Speaker);

/// <summary>An article with its gold quotes, and the actors a database would already hold for it (if any).</summary>
internal sealed record GoldArticle(string Name, string Text, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<ClaimTracker.Api.Extraction.KnownActor> Actors);

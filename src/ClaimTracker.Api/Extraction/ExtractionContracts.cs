using System.Text.Json.Serialization;
using ClaimTracker.Api.Actors;
using ClaimTracker.Api.Claims;

namespace ClaimTracker.Api.Extraction;

/// <summary>The body of <c>POST /api/extractions</c>: raw text to find quotes in; nothing is stored.</summary>
/// <param name="Text">The article text (at most 200,000 characters).</param>
public sealed record ExtractTextRequest(string? Text);

/// <summary>The quotes the extractor found, in reading order.</summary>
public sealed record ExtractionResponse(IReadOnlyList<QuoteSuggestion> Suggestions);

/// <summary>
/// Who said it: a stored actor (with <c>id</c>), or a new actor to create (without), named as the article
/// first introduces it ("Bruce Bennett", not "Bennett").
/// </summary>
public sealed record SpeakerSuggestion(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
    string Name,
    ActorKind Kind);

/// <summary>A quote or reported claim the extractor proposes; offsets are UTF-16 code units into the text, end exclusive.</summary>
/// <param name="Kind">direct (the words inside the quotation marks) or indirect (the reported clause).</param>
/// <param name="Quote">The span's text: text[start..end).</param>
/// <param name="Start">Offset of the first character of the quote.</param>
/// <param name="End">Offset just past the quote.</param>
/// <param name="Cue">The reporting cue as written ("said", "told", "according to"); null for a quote that carries on from an attributed one.</param>
/// <param name="SpeakerMention">The words that name the speaker here ("he", "Kremlin spokesman Peskov"); null when none does.</param>
/// <param name="SpeakerMentionStart">Offset of the mention.</param>
/// <param name="SpeakerMentionEnd">Offset just past the mention.</param>
/// <param name="Speaker">The resolved speaker; null when the extractor could not tell.</param>
/// <param name="Confidence">How sure the rules are, from 0 to 1.</param>
/// <param name="Text">A draft of the claim as a statement, for the editor to rewrite.</param>
public sealed record QuoteSuggestion(
    ClaimKind Kind,
    string Quote,
    int Start,
    int End,
    string? Cue,
    string? SpeakerMention,
    int? SpeakerMentionStart,
    int? SpeakerMentionEnd,
    SpeakerSuggestion? Speaker,
    double Confidence,
    string Text);

/// <summary>An actor the extractor may resolve speakers to: a stored one, with its names and description.</summary>
public sealed record KnownActor(Guid Id, string Name, ActorKind Kind, string Description, IReadOnlyList<string> Aliases);
